using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §2 visit order from one team: forward edges by (order, child id) with an empty order last, then
    /// reverse edges by parent id. A walk takes each target at its first open edge in this order, which
    /// gives every edge its best open rank and puts an edge that is both forward and reverse among the forward ones.
    /// </summary>
    internal sealed class EdgeRank : IComparer<Edge>
    {
        private readonly IReadOnlyList<string> _ids;

        public EdgeRank(IReadOnlyList<string> ids)
        {
            _ids = ids;
        }

        public int Compare(Edge? x, Edge? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }
            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }
            if (x.Forward != y.Forward)
            {
                return x.Forward ? -1 : 1;
            }
            if (x.Forward)
            {
                var byOrder = CompareOrder(x.Order, y.Order);
                if (byOrder != 0)
                {
                    return byOrder;
                }
            }
            return string.CompareOrdinal(_ids[x.Target], _ids[y.Target]);
        }

        private static int CompareOrder(int? x, int? y)
        {
            if (x.HasValue && y.HasValue)
            {
                return x.Value.CompareTo(y.Value);
            }
            if (x.HasValue == y.HasValue)
            {
                return 0;
            }
            return x.HasValue ? -1 : 1;
        }
    }
}
