using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Propagation runs as SYSTEM, so a configuration must not let its author grant what they could not grant by
    /// hand: they need write access (what managing a team's members takes) to every team it would add users to.
    /// </summary>
    public static class PrivilegeCheck
    {
        /// <summary>Each active child of an active configuration, and its parent when it is Bidirectional.</summary>
        public static List<string> TargetsOf(ConfigRecord config, TeamDirectory teams)
        {
            var targets = new List<string>();
            if (!config.Active)
            {
                return targets;
            }

            foreach (var member in config.Members.Where(m => m.Active && m.Child != config.Parent && teams.Contains(m.Child)))
            {
                if (!targets.Contains(member.Child))
                {
                    targets.Add(member.Child);
                }
            }
            if (config.Direction == SyncDirection.Bidirectional && targets.Count > 0 && teams.Contains(config.Parent))
            {
                targets.Add(config.Parent);
            }

            return targets;
        }

        /// <summary>The targets the user cannot manage, by RetrievePrincipalAccess (one call per team).</summary>
        public static List<string> Unmanageable(IOrganizationService service, Guid user, IEnumerable<string> teams)
        {
            var refused = new List<string>();
            foreach (var team in teams)
            {
                var request = new OrganizationRequest(Schema.Messages.RetrievePrincipalAccess);
                request[Schema.Parameters.Target] = new EntityReference(Schema.Team.Entity, Ids.Parse(team));
                request[Schema.Parameters.Principal] = new EntityReference(Schema.User.Entity, user);
                var rights = Convert.ToInt32(service.Execute(request)[Schema.Parameters.AccessRights], System.Globalization.CultureInfo.InvariantCulture);
                if ((rights & Schema.WriteAccess) == 0)
                {
                    refused.Add(team);
                }
            }
            return refused;
        }
    }
}
