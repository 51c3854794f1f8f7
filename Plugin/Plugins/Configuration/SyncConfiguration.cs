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

        /// <summary>
        /// Gives a model (this configuration's, or one derived from it) the existing teams its records name, as this
        /// configuration knows them (a missing team is absent: docs/semantics.md §9), and the existing roles.
        /// </summary>
        public SyncModel WithTeams(SyncModel model)
        {
            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var config in model.Configs)
            {
                ids.Add(config.Parent);
                foreach (var member in config.Members)
                {
                    ids.Add(member.Child);
                }
            }
            model.Teams = ids.Select(Teams.Find).Where(t => t != null).Select(t => t!.ToEngineTeam()).ToList();
            model.Roles = RoleRoots.Values.Distinct(System.StringComparer.Ordinal).OrderBy(r => r, System.StringComparer.Ordinal).ToList();
            return model;
        }

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
