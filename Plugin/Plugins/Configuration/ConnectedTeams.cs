using System;
using System.Collections.Generic;
using System.Linq;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The teams joined to some start teams by active links, whichever way, through any number of links, in any of the
    /// given models. Memberships outside this set neither reach it nor are reached from it, so a change inside it
    /// cannot alter what sync requires of them.
    /// </summary>
    public static class ConnectedTeams
    {
        public static HashSet<string> Of(IEnumerable<SyncModel> models, IEnumerable<string> start)
        {
            var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            void Link(string a, string b)
            {
                if (!neighbours.TryGetValue(a, out var list))
                {
                    neighbours[a] = list = new List<string>();
                }

                list.Add(b);
            }
            foreach (var config in models.SelectMany(m => m.Configs).Where(c => c.Active))
            {
                foreach (var member in config.Members.Where(m => m.Active))
                {
                    Link(config.Parent, member.Child);
                    Link(member.Child, config.Parent);
                }
            }
            var seen = new HashSet<string>(start, StringComparer.Ordinal);
            var queue = new Queue<string>(seen);
            while (queue.Count > 0)
            {
                if (!neighbours.TryGetValue(queue.Dequeue(), out var next))
                {
                    continue;
                }

                foreach (var other in next.Where(seen.Add))
                {
                    queue.Enqueue(other);
                }
            }
            return seen;
        }
    }
}
