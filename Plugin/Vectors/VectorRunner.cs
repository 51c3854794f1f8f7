using System.Collections.Generic;
using System.Text.Json;
using TeamSync.Engine;

namespace TeamSync.Vectors
{
    /// <summary>Runs one vector's event through the engine and writes the result in the shape of its expect (docs/semantics.md §9).</summary>
    public static class VectorRunner
    {
        public static void Run(Vector vector, Utf8JsonWriter writer)
        {
            var graph = SyncGraph.Build(vector.Model);
            switch (vector.Event.Kind)
            {
                case "validate":
                    ResultWriter.WriteIssues(writer, Validator.Validate(vector.Model, vector.Settings));
                    break;
                case "join":
                    ResultWriter.WritePlan(writer, JoinPlanner.Plan(graph, vector.Event.User, vector.Event.Team, MembershipsOf(vector, vector.Event.User), RolesOf(vector, vector.Event.User)));
                    break;
                case "leave":
                    ResultWriter.WritePlan(writer, LeavePlanner.Plan(graph, vector.Event.User, vector.Event.Team, MembershipsOf(vector, vector.Event.User), RolesOf(vector, vector.Event.User)));
                    break;
                case "reconcile":
                    ResultWriter.WritePlan(writer, Reconciler.Plan(graph, vector.Memberships, vector.UserRoles));
                    break;
                default:
                    var after = SyncGraph.Build(new SyncModel { Teams = vector.Model.Teams, Configs = vector.Event.ConfigsAfter, Roles = vector.Model.Roles });
                    ResultWriter.WritePlan(writer, EditPreview.Plan(graph, after, vector.Memberships, vector.UserRoles));
                    break;
            }
        }

        private static IReadOnlyDictionary<string, Provenance> MembershipsOf(Vector vector, string user) =>
            vector.Memberships.TryGetValue(user, out var teams) ? teams : new Dictionary<string, Provenance>();

        private static IReadOnlyCollection<string> RolesOf(Vector vector, string user) =>
            vector.UserRoles.TryGetValue(user, out var roles) ? roles : new string[0];
    }
}
