using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>Reachability as a set, over the open edges, following them forward or backward.</summary>
    internal static class Reach
    {
        /// <summary>The starts and every team reachable from them.</summary>
        public static bool[] Forward(SyncGraph graph, EdgeFilter filter, IEnumerable<int> starts) =>
            Mark(graph, filter, starts, backward: false);

        /// <summary>The starts and every team from which one of them is reachable.</summary>
        public static bool[] Backward(SyncGraph graph, EdgeFilter filter, IEnumerable<int> starts) =>
            Mark(graph, filter, starts, backward: true);

        private static bool[] Mark(SyncGraph graph, EdgeFilter filter, IEnumerable<int> starts, bool backward)
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
                foreach (var edge in backward ? graph.InEdges(node) : graph.OutEdges(node))
                {
                    var next = backward ? edge.Source : edge.Target;
                    if (!marked[next] && filter.IsOpen(edge))
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
