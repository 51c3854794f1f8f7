using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>docs/semantics.md §7/§9: teams lists compared as lists, element by element by id, a prefix first.</summary>
    internal sealed class TeamListOrder : IComparer<IReadOnlyList<string>>
    {
        public static TeamListOrder Instance { get; } = new TeamListOrder();

        public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }
            var shared = x.Count < y.Count ? x.Count : y.Count;
            for (var i = 0; i < shared; i++)
            {
                var byId = string.CompareOrdinal(x[i], y[i]);
                if (byId != 0)
                {
                    return byId;
                }
            }
            return x.Count.CompareTo(y.Count);
        }
    }
}
