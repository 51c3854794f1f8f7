using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §6 edit preview: what a configuration change does to existing members, i.e. the reconcile after the
    /// change less the operations the reconcile before it already called for (drift is not the change's doing).
    /// </summary>
    public static class EditPreview
    {
        public static Plan Plan(SyncGraph before, SyncGraph after, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Provenance>> memberships, IReadOnlyDictionary<string, IReadOnlyCollection<string>> userRoles)
        {
            var drift = new HashSet<string>();
            foreach (var operation in Reconciler.Plan(before, memberships, userRoles).Operations)
            {
                drift.Add(KeyOf(operation));
            }
            var plan = new Plan();
            foreach (var operation in Reconciler.Plan(after, memberships, userRoles).Operations)
            {
                if (!drift.Contains(KeyOf(operation)))
                {
                    plan.Operations.Add(operation);
                }
            }
            return plan;
        }

        private static string KeyOf(Operation operation) =>
            (operation.Kind == OperationKind.Add ? "+" : "-") + operation.User.Length + ":" + operation.User + operation.Team;
    }
}
