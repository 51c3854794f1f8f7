namespace TeamSync.Engine
{
    /// <summary>How a configuration links its parent and children; values match the nw_syncdirection choice.</summary>
    public enum SyncDirection
    {
        OneWay = 1,
        Bidirectional = 2,
    }
}
