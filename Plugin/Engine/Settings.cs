namespace TeamSync.Engine
{
    public sealed class Settings
    {
        /// <summary>docs/semantics.md §7 wide-cascade: reaching more than this many teams from one team warns.</summary>
        public int WideCascade { get; set; } = 25;
    }
}
