using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// The sync graph of spec §2: existing teams as nodes, each active member's forward (and, when
    /// Bidirectional, reverse) edge as links, none ending in a managed team. Conditions stay on the links:
    /// which are open is decided per user by <see cref="LinkFilter"/>.
    /// </summary>
    public sealed class SyncGraph
    {
        private readonly Dictionary<string, int> index;
        private readonly string[] ids;
        private readonly bool[] managed;
        private readonly Link[][] outLinks;
        private readonly Link[][] inLinks;

        private SyncGraph(Dictionary<string, int> index, string[] ids, bool[] managed, Link[][] outLinks, Link[][] inLinks, bool hasConditions)
        {
            this.index = index;
            this.ids = ids;
            this.managed = managed;
            this.outLinks = outLinks;
            this.inLinks = inLinks;
            HasConditions = hasConditions;
        }

        /// <summary>Some link only applies to users holding a role, so a user's roles change what sync does for them.</summary>
        public bool HasConditions { get; }

        internal int Count => ids.Length;

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
                    var links = new List<Link>(2);
                    if (!managed[child])
                    {
                        links.Add(new Link(parent, child, true, member.Order, member.Role, roleExists, config.Direction, config.Id, member.Id));
                    }
                    if (config.Direction == SyncDirection.Bidirectional && !managed[parent])
                    {
                        links.Add(new Link(child, parent, false, null, member.Role, roleExists, config.Direction, config.Id, member.Id));
                    }
                    foreach (var link in links)
                    {
                        outLists[link.Source].Add(link);
                        inLists[link.Target].Add(link);
                        hasConditions |= link.Role != null;
                    }
                }
            }
            var rank = new LinkRank(ids);
            var outLinks = new Link[ids.Count][];
            var inLinks = new Link[ids.Count][];
            for (var node = 0; node < ids.Count; node++)
            {
                outLists[node].Sort(rank);
                outLinks[node] = outLists[node].ToArray();
                inLinks[node] = inLists[node].ToArray();
            }
            return new SyncGraph(index, ids.ToArray(), managed.ToArray(), outLinks, inLinks, hasConditions);
        }

        public bool TeamExists(string teamId) => index.ContainsKey(teamId);

        /// <summary>An Entra ID group team or a business unit's default team: sync never adds to nor removes from it.</summary>
        public bool IsManaged(string teamId) => index.TryGetValue(teamId, out var node) && managed[node];

        internal bool TryGetNode(string teamId, out int node) => index.TryGetValue(teamId, out node);

        internal string IdOf(int node) => ids[node];

        /// <summary>Links leaving the team, in visit order.</summary>
        internal Link[] OutLinks(int node) => outLinks[node];

        internal Link[] InLinks(int node) => inLinks[node];

        private static List<Link>[] NewLists(int count)
        {
            var lists = new List<Link>[count];
            for (var i = 0; i < count; i++)
            {
                lists[i] = new List<Link>();
            }
            return lists;
        }
    }
}
