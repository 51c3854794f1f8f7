using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Breadth-first walks in spec §2 visit order over the links open for one user. Walks made with one
    /// instance share their visited set, so a team is taken at the first walk that reaches it (reconcile, §6).
    /// </summary>
    internal sealed class Walk
    {
        private readonly SyncGraph graph;
        private readonly LinkFilter filter;
        private readonly bool[] visited;
        private readonly int[] previous;

        public Walk(SyncGraph graph, LinkFilter filter)
        {
            this.graph = graph;
            this.filter = filter;
            visited = new bool[graph.Count];
            previous = new int[graph.Count];
        }

        public bool Visited(int node) => visited[node];

        /// <summary>Walks from <paramref name="start"/>; returns the teams first visited now, start excluded, in visit order.</summary>
        public List<int> From(int start)
        {
            var order = new List<int>();
            if (visited[start])
            {
                return order;
            }
            visited[start] = true;
            previous[start] = -1;
            var queue = new Queue<int>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var link in graph.OutLinks(node))
                {
                    if (visited[link.Target] || !filter.IsOpen(link))
                    {
                        continue;
                    }
                    visited[link.Target] = true;
                    previous[link.Target] = node;
                    order.Add(link.Target);
                    queue.Enqueue(link.Target);
                }
            }
            return order;
        }

        /// <summary>The path that first reached the team, from its walk's start to the team, both ends included.</summary>
        public IReadOnlyList<string> Via(int node)
        {
            var path = new List<string>();
            for (var step = node; step != -1; step = previous[step])
            {
                path.Add(graph.IdOf(step));
            }
            path.Reverse();
            return path;
        }
    }
}
