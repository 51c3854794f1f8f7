namespace TeamSync.Plugins
{
    /// <summary>What the sync needs to know of one team: its name for the log, and whether sync may touch its members.</summary>
    public sealed class TeamFacts
    {
        public TeamFacts(string id, string name, int type, bool isDefault)
        {
            Id = id;
            Name = name;
            Type = type;
            IsDefault = isDefault;
        }

        public string Id { get; }

        public string Name { get; }

        public int Type { get; }

        public bool IsDefault { get; }

        /// <summary>docs/semantics.md §2: Entra ID group teams (2, 3) and business units' default teams get their members elsewhere.</summary>
        public bool IsManaged => Type == 2 || Type == 3 || IsDefault;

        public Engine.Team ToEngineTeam() => new Engine.Team(Id, Type, IsDefault);
    }
}
