namespace TeamSync.Engine
{
    /// <summary>A Dataverse team as the sync sees it (docs/semantics.md §1).</summary>
    public sealed class Team
    {
        public Team(string id, int type = 0, bool isDefault = false)
        {
            Id = id;
            Type = type;
            IsDefault = isDefault;
        }

        public string Id { get; }

        /// <summary>0 Owner, 1 Access, 2 Entra ID security group, 3 Entra ID Office group.</summary>
        public int Type { get; }

        /// <summary>The default team of a business unit.</summary>
        public bool IsDefault { get; }

        /// <summary>docs/semantics.md §2: Entra ID group teams and default teams get their members elsewhere, so sync never targets them.</summary>
        public bool IsManaged => Type == 2 || Type == 3 || IsDefault;
    }
}
