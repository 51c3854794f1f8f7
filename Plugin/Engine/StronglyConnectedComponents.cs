using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Tarjan's algorithm, iterative so that a long chain of teams cannot overflow the stack, over every edge
    /// whatever its role. Components come out in reverse topological order: a component's successors first.
    /// </summary>
    internal sealed class StronglyConnectedComponents
    {
        private StronglyConnectedComponents(int[] componentOf, List<List<int>> components)
        {
            ComponentOf = componentOf;
            Components = components;
        }

        /// <summary>Node → index into <see cref="Components"/>.</summary>
        public int[] ComponentOf { get; }

        public List<List<int>> Components { get; }

        public static StronglyConnectedComponents Find(SyncGraph graph)
        {
            var count = graph.Count;
            var order = new int[count];
            var low = new int[count];
            var onStack = new bool[count];
            var componentOf = new int[count];
            for (var node = 0; node < count; node++)
            {
                order[node] = -1;
            }
            var components = new List<List<int>>();
            var stack = new Stack<int>();
            var frames = new Stack<Frame>();
            var counter = 0;
            for (var root = 0; root < count; root++)
            {
                if (order[root] != -1)
                {
                    continue;
                }
                Enter(root);
                while (frames.Count > 0)
                {
                    var frame = frames.Pop();
                    var edges = graph.OutEdges(frame.Node);
                    if (frame.Next < edges.Length)
                    {
                        frames.Push(new Frame(frame.Node, frame.Next + 1));
                        var target = edges[frame.Next].Target;
                        if (order[target] == -1)
                        {
                            Enter(target);
                        }
                        else if (onStack[target] && order[target] < low[frame.Node])
                        {
                            low[frame.Node] = order[target];
                        }
                        continue;
                    }
                    if (low[frame.Node] == order[frame.Node])
                    {
                        var component = new List<int>();
                        int member;
                        do
                        {
                            member = stack.Pop();
                            onStack[member] = false;
                            componentOf[member] = components.Count;
                            component.Add(member);
                        }
                        while (member != frame.Node);
                        components.Add(component);
                    }
                    if (frames.Count > 0)
                    {
                        var caller = frames.Peek().Node;
                        if (low[frame.Node] < low[caller])
                        {
                            low[caller] = low[frame.Node];
                        }
                    }
                }
            }
            return new StronglyConnectedComponents(componentOf, components);

            void Enter(int node)
            {
                order[node] = counter;
                low[node] = counter;
                counter++;
                stack.Push(node);
                onStack[node] = true;
                frames.Push(new Frame(node, 0));
            }
        }

        private readonly struct Frame
        {
            public Frame(int node, int next)
            {
                Node = node;
                Next = next;
            }

            public int Node { get; }

            public int Next { get; }
        }
    }
}
