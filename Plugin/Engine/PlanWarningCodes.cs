namespace TeamSync.Engine
{
    public static class PlanWarningCodes
    {
        /// <summary>docs/semantics.md §5: the user left a team that another of their teams still syncs into.</summary>
        public const string StillRequired = "still-required";
    }
}
