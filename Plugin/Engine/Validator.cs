using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>docs/semantics.md §7: everything wrong with a configuration, errors first, one issue per code and teams.</summary>
    public static class Validator
    {
        public static IReadOnlyList<Issue> Validate(SyncModel model, Settings settings)
        {
            if (model is null)
            {
                throw new ArgumentNullException(nameof(model));
            }
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }
            var graph = SyncGraph.Build(model);
            var issues = new IssueList();
            RecordChecks.Run(model, graph, issues);
            var conflicts = PairChecks.Run(model, graph, issues);
            var components = StronglyConnectedComponents.Find(graph);
            CycleCheck.Run(graph, components, conflicts, issues);
            WideCascadeCheck.Run(graph, components, settings.WideCascade, issues);
            return issues.ToIssues();
        }
    }
}
