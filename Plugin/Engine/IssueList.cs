using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Collects validation findings: one issue per code and teams however many records repeat it (their
    /// records merged), reported errors first, then by code, then by teams as lists.
    /// </summary>
    internal sealed class IssueList
    {
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);

        public void Add(string code, IEnumerable<string> teams, IEnumerable<string> records, int? reachable = null)
        {
            var sorted = TeamIds.Sorted(teams);
            var key = code + "\u0000" + string.Join("\u0000", sorted);
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(code, sorted, reachable);
                _entries.Add(key, entry);
            }
            entry.Records.UnionWith(records);
        }

        public IReadOnlyList<Issue> ToIssues()
        {
            var issues = new List<Issue>(_entries.Count);
            foreach (var entry in _entries.Values)
            {
                issues.Add(new Issue(entry.Code, IssueCodes.SeverityOf(entry.Code), entry.Teams, new List<string>(entry.Records), entry.Reachable));
            }
            issues.Sort(CompareIssues);
            return issues;
        }

        private static int CompareIssues(Issue x, Issue y)
        {
            var bySeverity = x.Severity.CompareTo(y.Severity);
            if (bySeverity != 0)
            {
                return bySeverity;
            }
            var byCode = string.CompareOrdinal(x.Code, y.Code);
            return byCode != 0 ? byCode : TeamListOrder.Instance.Compare(x.Teams, y.Teams);
        }

        private sealed class Entry
        {
            public Entry(string code, IReadOnlyList<string> teams, int? reachable)
            {
                Code = code;
                Teams = teams;
                Reachable = reachable;
            }

            public string Code { get; }

            public IReadOnlyList<string> Teams { get; }

            public int? Reachable { get; }

            public SortedSet<string> Records { get; } = new SortedSet<string>(StringComparer.Ordinal);
        }
    }
}
