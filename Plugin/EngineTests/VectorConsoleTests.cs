using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using TeamSync.Vectors;
using Xunit;

namespace TeamSync.Engine.Tests
{
    public sealed class VectorConsoleTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsync-vectors-" + Guid.NewGuid().ToString("N"));

        public VectorConsoleTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Write(string name, string json)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, json);
            return path;
        }

        private static JsonElement Run(params string[] files)
        {
            using var output = new MemoryStream();
            VectorConsole.Run(files, output);
            return JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray())).RootElement.Clone();
        }

        private static string Error(JsonElement element) => element.GetProperty("error").GetString()!;

        [Fact]
        public void ReadsEveryDirectionSpellingAndAbsentOptionalFields()
        {
            var spellings = new[] { "\"one-way\"", "\"oneway\"", "\"one_way\"", "\"oneWay\"", "1" };
            var files = new List<string>();
            foreach (var spelling in spellings)
            {
                files.Add(Write("dir" + files.Count + ".json",
                    "{\"teams\":[{\"id\":\"A\"},{\"id\":\"B\"},{\"id\":\"C\"}],\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":" + spelling
                    + ",\"active\":true,\"members\":[{\"id\":\"m1\",\"child\":\"C\",\"active\":true},{\"id\":\"m2\",\"child\":\"B\",\"order\":null,\"role\":null,\"active\":true}]}],"
                    + "\"event\":{\"kind\":\"join\",\"user\":\"u\",\"team\":\"A\"}}"));
            }

            var results = Run(files.ToArray());

            Assert.Equal(spellings.Length, results.GetArrayLength());
            for (var index = 0; index < spellings.Length; index++)
            {
                var result = results[index];
                Assert.Equal(files[index], result.GetProperty("file").GetString());
                Assert.Equal(
                    "{\"operations\":[{\"op\":\"add\",\"user\":\"u\",\"team\":\"B\",\"via\":[\"A\",\"B\"]},{\"op\":\"add\",\"user\":\"u\",\"team\":\"C\",\"via\":[\"A\",\"C\"]}],\"warnings\":[]}",
                    result.GetProperty("actual").GetRawText());
            }
        }

        [Fact]
        public void BidirectionalAsTwoAndValidateShape()
        {
            var file = Write("v.json",
                "{\"teams\":[{\"id\":\"A\"},{\"id\":\"G\",\"type\":2}],\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":2,\"active\":true,"
                + "\"members\":[{\"id\":\"m\",\"child\":\"G\",\"order\":1,\"active\":true}]}],\"event\":{\"kind\":\"validate\"}}");

            var result = Run(file)[0];

            Assert.Equal("{\"issues\":[{\"code\":\"managed-team-target\",\"severity\":\"error\",\"teams\":[\"A\",\"G\"]}]}", result.GetProperty("actual").GetRawText());
        }

        [Fact]
        public void NamesTheFieldOfAMalformedVectorAndGoesOnWithTheNextFile()
        {
            const string Teams = "\"teams\":[{\"id\":\"A\"},{\"id\":\"B\"}]";
            var noChild = Write("a.json", "{" + Teams + ",\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":\"one-way\",\"members\":[{\"id\":\"m\"}]}],\"event\":{\"kind\":\"validate\"}}");
            var badDirection = Write("b.json", "{" + Teams + ",\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":\"sideways\"}],\"event\":{\"kind\":\"validate\"}}");
            var badKind = Write("c.json", "{" + Teams + ",\"configs\":[],\"event\":{\"kind\":\"explode\"}}");
            var strayTeam = Write("d.json", "{" + Teams + ",\"configs\":[],\"memberships\":{\"u\":{\"Q\":\"manual\"}},\"event\":{\"kind\":\"reconcile\"}}");
            var badProvenance = Write("e.json", "{" + Teams + ",\"configs\":[],\"memberships\":{\"u\":{\"A\":\"maybe\"}},\"event\":{\"kind\":\"reconcile\"}}");
            var editWithoutAfter = Write("f.json", "{" + Teams + ",\"configs\":[],\"event\":{\"kind\":\"edit\"}}");
            var notJson = Write("g.json", "{ nope");
            var missing = Path.Combine(_folder, "absent.json");
            var fine = Write("h.json", "{" + Teams + ",\"configs\":[],\"event\":{\"kind\":\"reconcile\"}}");

            var results = Run(noChild, badDirection, badKind, strayTeam, badProvenance, editWithoutAfter, notJson, missing, fine);

            Assert.StartsWith("configs[0].members[0].child:", Error(results[0]));
            Assert.StartsWith("configs[0].direction:", Error(results[1]));
            Assert.StartsWith("event.kind:", Error(results[2]));
            Assert.StartsWith("memberships.u.Q:", Error(results[3]));
            Assert.StartsWith("memberships.u.A:", Error(results[4]));
            Assert.StartsWith("event.configs:", Error(results[5]));
            Assert.StartsWith("not valid JSON", Error(results[6]));
            Assert.StartsWith("cannot read the file", Error(results[7]));
            Assert.Equal("{\"operations\":[],\"warnings\":[]}", results[8].GetProperty("actual").GetRawText());
        }

        [Fact]
        public void EditComparesTheEventConfigsAgainstTheVectorConfigs()
        {
            var file = Write("edit.json",
                "{\"teams\":[{\"id\":\"A\"},{\"id\":\"B\"},{\"id\":\"C\"}],"
                + "\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":\"one-way\",\"members\":[{\"id\":\"m1\",\"child\":\"B\",\"order\":10}]}],"
                + "\"memberships\":{\"u\":{\"A\":\"manual\",\"B\":\"sync\"},\"w\":{\"A\":\"manual\"}},"
                + "\"event\":{\"kind\":\"edit\",\"configs\":[{\"id\":\"g\",\"parent\":\"A\",\"direction\":\"one-way\",\"members\":[{\"id\":\"m1\",\"child\":\"B\",\"order\":10},{\"id\":\"m2\",\"child\":\"C\",\"order\":20}]}]}}");

            var actual = Run(file)[0].GetProperty("actual").GetRawText();

            // w's missing B is drift the edit did not cause; both users gain C.
            Assert.Equal(
                "{\"operations\":[{\"op\":\"add\",\"user\":\"u\",\"team\":\"C\",\"via\":[\"A\",\"C\"]},{\"op\":\"add\",\"user\":\"w\",\"team\":\"C\",\"via\":[\"A\",\"C\"]}],\"warnings\":[]}",
                actual);
        }
    }
}
