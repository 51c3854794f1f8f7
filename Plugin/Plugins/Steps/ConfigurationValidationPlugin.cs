using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PreOperation (synchronous) on Create, Update, SetState, SetStateDynamicEntity and Delete of nw_teamsyncgroup and
    /// nw_teamsyncmember (CreateMultiple/UpdateMultiple run the Create/Update steps per item): first locks the
    /// configuration (<see cref="ConfigurationLock"/>), so that writes validate one after the other; then applies the
    /// validation of docs/semantics.md §7 to the configuration as it would be after the write, whatever route the write took, refuses a write that introduces an error (warnings never refuse), and refuses one whose author could not
    /// manage the teams it would add users to. A write that leaves a link in effect is refused while the propagation
    /// steps are missing or off: nothing would enforce it. Deleting a record that links teams is refused too:
    /// deactivating it reconciles the members it brought in and keeps the record that explains their past access.
    /// </summary>
    public sealed class ConfigurationValidationPlugin : TeamSyncPlugin
    {
        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var trace = services.Trace;
            var change = ConfigurationChange.From(services.Context);
            if (change == null)
            {
                trace.Trace("TeamSync: {0} is not a write to a sync configuration", services.Context.MessageName);
                return;
            }
            var locked = ConfigurationLock.Take(services.Service);
            trace.Trace("TeamSync: locked {0} configuration(s) until this write is committed", locked);
            var configuration = ConfigurationReader.ReadAll(services.Service);
            if (change.IsDelete)
            {
                RefuseDeletingALink(change, configuration, trace);
                return;
            }
            ReferenceResolver.Resolve(services.Service, change, configuration);
            var before = configuration.WithTeams(configuration.Model);
            var after = configuration.WithTeams(change.ApplyTo(configuration.Model, configuration.RoleRoots, out var affected));

            var introduced = NewErrors(before, after);
            var member = change.Member(affected);
            var child = member == null ? null : configuration.Teams.Find(member.Child);
            if (child != null && child.IsDefault && !introduced.Any(i => i.Code == IssueCodes.ManagedTeamTarget && i.Teams.Contains(child.Id)))
            {
                // A default team's members are its business unit's users: refused even on an inactive member.
                introduced.Add(new Issue(IssueCodes.ManagedTeamTarget, Severity.Error, new[] { affected!.Parent, child.Id }.OrderBy(t => t, StringComparer.Ordinal).ToList(), new[] { member!.Id }));
            }
            if (introduced.Count > 0)
            {
                var message = Refusals.ValidationErrors(introduced.Select(i => i.Code + " (" + string.Join(", ", i.Teams.Select(configuration.Teams.NameOf)) + ")"));
                trace.Trace(message);
                throw new InvalidPluginExecutionException(message);
            }
            trace.Trace("TeamSync: the change introduces no validation error");

            if (!change.LeavesActive(affected))
            {
                trace.Trace("TeamSync: the record ends inactive; it adds no one anywhere");
                return;
            }
            RefuseWhilePropagationIsOff(change, after, services, trace);

            var targets = PrivilegeCheck.TargetsOf(affected!, configuration.Teams);
            var refused = PrivilegeCheck.Unmanageable(services.Service, services.Context.InitiatingUserId, targets);
            if (refused.Count > 0)
            {
                var message = Refusals.CannotManage(refused.Select(configuration.Teams.NameOf));
                trace.Trace(message);
                throw new InvalidPluginExecutionException(message);
            }
            trace.Trace("TeamSync: the initiating user can manage all {0} target team(s)", targets.Count);
        }

        private static void RefuseWhilePropagationIsOff(ConfigurationChange change, SyncModel after, PluginServices services, ITracingService trace)
        {
            if (change.LinkedTeams(after).Count == 0)
            {
                trace.Trace("TeamSync: {0} {1} links no team yet; nothing to propagate", change.EntityName, change.Id);
                return;
            }
            var missing = PropagationSteps.Missing(services.Service);
            if (missing.Count > 0)
            {
                var message = Refusals.PropagationOff(missing);
                trace.Trace(message);
                throw new InvalidPluginExecutionException(message);
            }
            trace.Trace("TeamSync: all {0} propagation steps are registered and enabled", PropagationSteps.Required.Count);
        }

        private static void RefuseDeletingALink(ConfigurationChange change, SyncConfiguration configuration, ITracingService trace)
        {
            var linked = change.LinkedTeams(configuration.Model).Distinct(StringComparer.Ordinal).ToList();
            if (linked.Count == 0)
            {
                trace.Trace("TeamSync: {0} {1} links no team; deleting it changes no one's access", change.EntityName, change.Id);
                return;
            }
            var message = Refusals.DeletingALink(linked.Select(configuration.Teams.NameOf));
            trace.Trace(message);
            throw new InvalidPluginExecutionException(message);
        }

        private static List<Issue> NewErrors(SyncModel before, SyncModel after)
        {
            var settings = new Settings();
            var existing = new HashSet<string>(Validator.Validate(before, settings).Where(i => i.Severity == Severity.Error).Select(Key), StringComparer.Ordinal);
            return Validator.Validate(after, settings).Where(i => i.Severity == Severity.Error && !existing.Contains(Key(i))).ToList();
        }

        private static string Key(Issue issue) => issue.Code + "|" + string.Join(",", issue.Teams);
    }
}
