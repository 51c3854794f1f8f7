namespace TeamSync.Engine
{
    /// <summary>The validation codes of docs/semantics.md §7, as the control and the vectors spell them.</summary>
    public static class IssueCodes
    {
        public const string SelfLoop = "self-loop";
        public const string DuplicateEdge = "duplicate-edge";
        public const string DirectionConflict = "direction-conflict";
        public const string Cycle = "cycle";
        public const string ManagedTeamTarget = "managed-team-target";
        public const string MissingTeam = "missing-team";
        public const string MissingRole = "missing-role";
        public const string EmptyConfiguration = "empty-configuration";
        public const string InactiveParent = "inactive-parent";
        public const string WideCascade = "wide-cascade";

        /// <summary>The severity the table of docs/semantics.md §7 gives the code.</summary>
        public static Severity SeverityOf(string code) =>
            code == EmptyConfiguration || code == InactiveParent || code == WideCascade ? Severity.Warning : Severity.Error;
    }
}
