using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>Reachability as a set, over the open links, following them forward or backward.</summary>
    internal static class Reach
    {
        /// <summary>The starts and every team reachable from them.</summary>
        public static bool[] Forward(SyncGraph graph, LinkFilter filter, IEnumerable<int> starts) =>
            Mark(graph, filter, starts, backward: false);

        /// <summary>The starts and every team from which one of them is reachable.</summary>
        public static bool[] Backward(SyncGraph graph, LinkFilter filter, IEnumerable<int> starts) =>
            Mark(graph, filter, starts, backward: true);

        private static bool[] Mark(SyncGraph graph, LinkFilter filter, IEnumerable<int> starts, bool backward)
        {
            var marked = new bool[graph.Count];
            var stack = new Stack<int>();
            foreach (var start in starts)
            {
                if (!marked[start])
                {
                    marked[start] = true;
                    stack.Push(start);
                }
            }
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                foreach (var link in backward ? graph.InLinks(node) : graph.OutLinks(node))
                {
                    var next = backward ? link.Source : link.Target;
                    if (!marked[next] && filter.IsOpen(link))
                    {
                        marked[next] = true;
                        stack.Push(next);
                    }
                }
            }
            return marked;
        }
    }
}
