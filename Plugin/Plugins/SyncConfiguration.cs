using System.Collections.Generic;
using System.Linq;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>The sync configuration as read from Dataverse: the engine's model plus the facts needed around it.</summary>
    public sealed class SyncConfiguration
    {
        public SyncConfiguration(SyncModel model, TeamDirectory teams, IDictionary<string, string> roleRoots)
        {
            Model = model;
            Teams = teams;
            RoleRoots = roleRoots;
        }

        public SyncModel Model { get; }

        public TeamDirectory Teams { get; }

        /// <summary>Role id → its root role id, for every existing role a member names.</summary>
        public IDictionary<string, string> RoleRoots { get; }

        /// <summary>Teams that some active link starts or ends at: a membership change anywhere else has nothing to propagate.</summary>
        public HashSet<string> LinkedTeams()
        {
            var linked = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var config in Model.Configs.Where(c => c.Active))
            {
                foreach (var member in config.Members.Where(m => m.Active))
                {
                    linked.Add(config.Parent);
                    linked.Add(member.Child);
                }
            }
            return linked;
        }
    }
}
