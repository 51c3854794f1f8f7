using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// docs/semantics.md §6 for some users, within a step's budget: what a role change calls for, and what a reconcile that
    /// stopped at its budget hands on. Users left over when the budget is spent get a continuation each.
    /// </summary>
    public static class UserReconcile
    {
        public static void Run(SyncSession session, IReadOnlyCollection<string> users, ReconcileSettings settings, Stopwatch clock)
        {
            var trace = session.Trace;
            session.LoadUsers(users);
            var plan = Reconciler.Plan(session.Graph, session.AllMemberships(), session.AllRoles());
            trace.Trace("TeamSync: reconcile of {0} user(s): {1} operation(s)", users.Count, plan.Operations.Count);
            var left = session.Apply(plan.Operations, settings.BatchCalls, () => clock.Elapsed < settings.Budget);
            QueueRest(session, left);
        }

        /// <summary>One reconcile continuation per user some operation of whom is left.</summary>
        public static void QueueRest(SyncSession session, IReadOnlyList<Operation> left)
        {
            if (left.Count == 0)
            {
                return;
            }

            var rest = left.GroupBy(o => o.User, StringComparer.Ordinal)
                .Select(g => new MembershipEvent(g.Key, g.First().Team, g.First().Kind == OperationKind.Add)).ToList();
            session.Log.QueueContinuation(rest, LogTexts.ReconcileContinuation);
            session.Trace.Trace("TeamSync: time budget reached; {0} operation(s) of {1} user(s) left to a follow-up job", left.Count, rest.Count);
        }
    }
}
