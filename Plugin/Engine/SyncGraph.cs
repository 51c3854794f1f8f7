using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// The sync graph of docs/semantics.md §2: existing teams as nodes, each active member's forward (and, when
    /// Bidirectional, reverse) edge, none ending in a managed team. Conditions stay on the edges:
    /// which are open is decided per user by <see cref="EdgeFilter"/>.
    /// </summary>
    public sealed class SyncGraph
    {
        private readonly Dictionary<string, int> _index;
        private readonly string[] _ids;
        private readonly bool[] _managed;
        private readonly Edge[][] _outEdges;
        private readonly Edge[][] _inEdges;

        private SyncGraph(Dictionary<string, int> index, string[] ids, bool[] managed, Edge[][] outEdges, Edge[][] inEdges, bool hasConditions)
        {
            _index = index;
            _ids = ids;
            _managed = managed;
            _outEdges = outEdges;
            _inEdges = inEdges;
            HasConditions = hasConditions;
        }

        /// <summary>Some edge only applies to users holding a role, so a user's roles change what sync does for them.</summary>
        public bool HasConditions { get; }

        internal int Count => _ids.Length;

        public static SyncGraph Build(SyncModel model)
        {
            if (model is null)
            {
                throw new ArgumentNullException(nameof(model));
            }
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = new List<string>();
            var managed = new List<bool>();
            foreach (var team in model.Teams)
            {
                if (index.ContainsKey(team.Id))
                {
                    continue;
                }
                index.Add(team.Id, ids.Count);
                ids.Add(team.Id);
                managed.Add(team.IsManaged);
            }
            var roles = new HashSet<string>(model.Roles, StringComparer.Ordinal);
            var outLists = NewLists(ids.Count);
            var inLists = NewLists(ids.Count);
            var hasConditions = false;
            foreach (var config in model.Configs)
            {
                if (!config.Active || !index.TryGetValue(config.Parent, out var parent))
                {
                    continue;
                }
                foreach (var member in config.Members)
                {
                    if (!member.Active || !index.TryGetValue(member.Child, out var child) || child == parent)
                    {
                        continue;
                    }
                    var roleExists = member.Role != null && roles.Contains(member.Role);
                    var edges = new List<Edge>(2);
                    if (!managed[child])
                    {
                        edges.Add(new Edge(parent, child, true, member.Order, member.Role, roleExists, config.Direction, config.Id, member.Id));
                    }
                    if (config.Direction == SyncDirection.Bidirectional && !managed[parent])
                    {
                        edges.Add(new Edge(child, parent, false, null, member.Role, roleExists, config.Direction, config.Id, member.Id));
                    }
                    foreach (var edge in edges)
                    {
                        outLists[edge.Source].Add(edge);
                        inLists[edge.Target].Add(edge);
                        hasConditions |= edge.Role != null;
                    }
                }
            }
            var rank = new EdgeRank(ids);
            var outEdges = new Edge[ids.Count][];
            var inEdges = new Edge[ids.Count][];
            for (var node = 0; node < ids.Count; node++)
            {
                outLists[node].Sort(rank);
                outEdges[node] = outLists[node].ToArray();
                inEdges[node] = inLists[node].ToArray();
            }
            return new SyncGraph(index, ids.ToArray(), managed.ToArray(), outEdges, inEdges, hasConditions);
        }

        public bool TeamExists(string teamId) => _index.ContainsKey(teamId);

        /// <summary>An Entra ID group team or a business unit's default team: sync never adds to nor removes from it.</summary>
        public bool IsManaged(string teamId) => _index.TryGetValue(teamId, out var node) && _managed[node];

        internal bool TryGetNode(string teamId, out int node) => _index.TryGetValue(teamId, out node);

        internal string IdOf(int node) => _ids[node];

        /// <summary>Edges leaving the team, in visit order.</summary>
        internal Edge[] OutEdges(int node) => _outEdges[node];

        internal Edge[] InEdges(int node) => _inEdges[node];

        private static List<Edge>[] NewLists(int count)
        {
            var lists = new List<Edge>[count];
            for (var i = 0; i < count; i++)
            {
                lists[i] = new List<Edge>();
            }
            return lists;
        }
    }
}
