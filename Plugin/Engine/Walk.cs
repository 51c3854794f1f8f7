using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Breadth-first walks in docs/semantics.md §2 visit order over the edges open for one user. Walks made with one
    /// instance share their visited set, so a team is taken at the first walk that reaches it (reconcile, §6).
    /// </summary>
    internal sealed class Walk
    {
        private readonly SyncGraph _graph;
        private readonly EdgeFilter _filter;
        private readonly bool[] _visited;
        private readonly int[] _previous;

        public Walk(SyncGraph graph, EdgeFilter filter)
        {
            _graph = graph;
            _filter = filter;
            _visited = new bool[graph.Count];
            _previous = new int[graph.Count];
        }

        public bool Visited(int node) => _visited[node];

        /// <summary>Walks from <paramref name="start"/>; returns the teams first visited now, start excluded, in visit order.</summary>
        public List<int> From(int start)
        {
            var order = new List<int>();
            if (_visited[start])
            {
                return order;
            }
            _visited[start] = true;
            _previous[start] = -1;
            var queue = new Queue<int>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var edge in _graph.OutEdges(node))
                {
                    if (_visited[edge.Target] || !_filter.IsOpen(edge))
                    {
                        continue;
                    }
                    _visited[edge.Target] = true;
                    _previous[edge.Target] = node;
                    order.Add(edge.Target);
                    queue.Enqueue(edge.Target);
                }
            }
            return order;
        }

        /// <summary>The path that first reached the team, from its walk's start to the team, both ends included.</summary>
        public IReadOnlyList<string> Via(int node)
        {
            var path = new List<string>();
            for (var step = node; step != -1; step = _previous[step])
            {
                path.Add(_graph.IdOf(step));
            }
            path.Reverse();
            return path;
        }
    }
}
