namespace TeamSync.Engine
{
    /// <summary>Who made the latest change of a membership (docs/semantics.md §3): the sync, or anyone else.</summary>
    public enum Provenance
    {
        Manual,
        Sync,
    }
}
