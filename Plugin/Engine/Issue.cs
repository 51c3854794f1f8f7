using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>One validation finding (docs/semantics.md §7).</summary>
    public sealed class Issue
    {
        public Issue(string code, Severity severity, IReadOnlyList<string> teams, IReadOnlyList<string> records, int? reachable = null)
        {
            Code = code;
            Severity = severity;
            Teams = teams;
            Records = records;
            Reachable = reachable;
        }

        /// <summary>One of <see cref="IssueCodes"/>.</summary>
        public string Code { get; }

        public Severity Severity { get; }

        /// <summary>Distinct, sorted by id; docs/semantics.md §9 says which teams each code names.</summary>
        public IReadOnlyList<string> Teams { get; }

        /// <summary>Ids of the configuration and member records involved, distinct and sorted.</summary>
        public IReadOnlyList<string> Records { get; }

        /// <summary>wide-cascade only: how many teams the start team reaches.</summary>
        public int? Reachable { get; }
    }
}
