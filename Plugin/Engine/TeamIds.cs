using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>docs/semantics.md §9: a list of teams in a result names each team once, sorted by id code unit by code unit.</summary>
    internal static class TeamIds
    {
        public static IReadOnlyList<string> Sorted(IEnumerable<string> teams)
        {
            var set = new SortedSet<string>(teams, StringComparer.Ordinal);
            return new List<string>(set);
        }
    }
}
