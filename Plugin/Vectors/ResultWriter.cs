using System.Collections.Generic;
using System.Text.Json;
using TeamSync.Engine;

namespace TeamSync.Vectors
{
    /// <summary>Writes engine results in the exact JSON shape of a vector's expect (docs/semantics.md §9).</summary>
    public static class ResultWriter
    {
        public static void WriteIssues(Utf8JsonWriter writer, IReadOnlyList<Issue> issues)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("issues");
            foreach (var issue in issues)
            {
                writer.WriteStartObject();
                writer.WriteString("code", issue.Code);
                writer.WriteString("severity", issue.Severity == Severity.Error ? "error" : "warning");
                WriteStrings(writer, "teams", issue.Teams);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        public static void WritePlan(Utf8JsonWriter writer, Plan plan)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("operations");
            foreach (var operation in plan.Operations)
            {
                writer.WriteStartObject();
                writer.WriteString("op", operation.Kind == OperationKind.Add ? "add" : "remove");
                writer.WriteString("user", operation.User);
                writer.WriteString("team", operation.Team);
                WriteStrings(writer, "via", operation.Via);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("warnings");
            foreach (var warning in plan.Warnings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", warning.Code);
                WriteStrings(writer, "teams", warning.Teams);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
    }
}
