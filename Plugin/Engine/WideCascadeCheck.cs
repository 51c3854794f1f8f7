using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §7 wide-cascade: a team reaching more than the setting's number of teams over every edge.
    /// Reach sets are bitsets over the linked teams, built once per component from its successors' sets
    /// (components arrive successors first) instead of one walk per team; a set is dropped once every
    /// component that needs it is built, so a long chain holds only a few at a time.
    /// </summary>
    internal static class WideCascadeCheck
    {
        public static void Run(SyncGraph graph, StronglyConnectedComponents components, int wideCascade, IssueList issues)
        {
            var bitOf = new int[graph.Count];
            var bits = 0;
            for (var node = 0; node < graph.Count; node++)
            {
                var linked = graph.OutEdges(node).Length > 0 || graph.InEdges(node).Length > 0;
                bitOf[node] = linked ? bits++ : -1;
            }
            var words = (bits + 63) / 64;
            var count = components.Components.Count;
            var pendingReaders = CountPredecessors(graph, components);
            var seenBy = new int[count];
            // Per component: its teams and every team they reach.
            var closure = new ulong[]?[count];
            for (var index = 0; index < count; index++)
            {
                var component = components.Components[index];
                if (bitOf[component[0]] == -1)
                {
                    continue;
                }
                var set = new ulong[words];
                seenBy[index] = index + 1;
                foreach (var node in component)
                {
                    set[bitOf[node] >> 6] |= 1UL << (bitOf[node] & 63);
                    foreach (var edge in graph.OutEdges(node))
                    {
                        var successor = components.ComponentOf[edge.Target];
                        if (seenBy[successor] == index + 1)
                        {
                            continue;
                        }
                        seenBy[successor] = index + 1;
                        var other = closure[successor]!;
                        for (var word = 0; word < words; word++)
                        {
                            set[word] |= other[word];
                        }
                        if (--pendingReaders[successor] == 0)
                        {
                            closure[successor] = null;
                        }
                    }
                }
                if (pendingReaders[index] > 0)
                {
                    closure[index] = set;
                }
                // Every team of the component reaches the whole set but itself.
                var reachable = Count(set) - 1;
                if (reachable <= wideCascade)
                {
                    continue;
                }
                foreach (var node in component)
                {
                    issues.Add(IssueCodes.WideCascade, new[] { graph.IdOf(node) }, new string[0], reachable);
                }
            }
        }

        /// <summary>Per component, how many other components have an edge into it: the readers of its set.</summary>
        private static int[] CountPredecessors(SyncGraph graph, StronglyConnectedComponents components)
        {
            var count = components.Components.Count;
            var predecessors = new int[count];
            var seenBy = new int[count];
            for (var index = 0; index < count; index++)
            {
                seenBy[index] = index + 1;
                foreach (var node in components.Components[index])
                {
                    foreach (var edge in graph.OutEdges(node))
                    {
                        var successor = components.ComponentOf[edge.Target];
                        if (seenBy[successor] != index + 1)
                        {
                            seenBy[successor] = index + 1;
                            predecessors[successor]++;
                        }
                    }
                }
            }
            return predecessors;
        }

        private static int Count(ulong[] set)
        {
            var total = 0;
            foreach (var word in set)
            {
                var value = word - ((word >> 1) & 0x5555555555555555UL);
                value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
                value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
                total += (int)((value * 0x0101010101010101UL) >> 56);
            }
            return total;
        }
    }
}
