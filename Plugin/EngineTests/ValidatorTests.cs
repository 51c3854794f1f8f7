using System.Linq;
using Xunit;

namespace TeamSync.Engine.Tests
{
    public class ValidatorTests
    {
        [Fact]
        public void RepeatedFindingsMergeIntoOneIssueWithEveryRecordSorted()
        {
            var model = new ModelBuilder().Teams("A", "B").OneWay("A", "B").OneWay("A", "B").OneWay("A", "B").Build();

            var issue = Assert.Single(Validator.Validate(model, new Settings()));

            Assert.Equal(IssueCodes.DuplicateEdge, issue.Code);
            Assert.Equal(Severity.Error, issue.Severity);
            Assert.Equal(new[] { "A", "B" }, issue.Teams);
            Assert.Equal(new[] { "g0", "g1", "g2", "m0", "m1", "m2" }, issue.Records);
        }

        [Fact]
        public void MissingRoleNamesTheRecordsAndBothTeams()
        {
            var model = new ModelBuilder().Teams("B", "A").Member(SyncDirection.OneWay, "B", "A", null, "ghost").Build();

            var issue = Assert.Single(Validator.Validate(model, new Settings()));

            Assert.Equal(IssueCodes.MissingRole, issue.Code);
            Assert.Equal(new[] { "A", "B" }, issue.Teams);
            Assert.Equal(new[] { "g0", "m0" }, issue.Records);
        }

        [Fact]
        public void WideCascadeWarnsPastTheSettingAndCountsTheReachableTeams()
        {
            var builder = new ModelBuilder().Teams("hub");
            var leaves = Enumerable.Range(0, 26).Select(index => "t" + index.ToString("00")).ToArray();
            builder.Teams(leaves).OneWay("hub", leaves);
            var model = builder.Build();

            var issue = Assert.Single(Validator.Validate(model, new Settings { WideCascade = 25 }));
            Assert.Equal(IssueCodes.WideCascade, issue.Code);
            Assert.Equal(Severity.Warning, issue.Severity);
            Assert.Equal(new[] { "hub" }, issue.Teams);
            Assert.Equal(26, issue.Reachable);

            Assert.Empty(Validator.Validate(model, new Settings { WideCascade = 26 }));
        }

        [Fact]
        public void WideCascadeCountsAComponentsOwnTeamsAndWhatItReaches()
        {
            // A <-> B, then B -> C -> D: A and B reach 3 teams each, C reaches 1.
            var model = new ModelBuilder().Teams("A", "B", "C", "D").Bidirectional("A", "B").OneWay("B", "C").OneWay("C", "D").Build();

            var issues = Validator.Validate(model, new Settings { WideCascade = 0 });

            Assert.Equal(new[] { "A", "B", "C" }, issues.Select(issue => issue.Teams.Single()));
            Assert.Equal(new int?[] { 3, 3, 1 }, issues.Select(issue => issue.Reachable));
        }

        [Fact]
        public void IssuesComeErrorsFirstThenByCodeThenByTeams()
        {
            var model = new ModelBuilder().Teams("A", "B", "C", "D")
                .OneWay("C", "D").OneWay("C", "D")
                .OneWay("A", "B").OneWay("A", "B")
                .OneWay("B", "A")
                .Build();
            model.Configs.Add(new ConfigRecord { Id = "empty", Parent = "A" });

            var issues = Validator.Validate(model, new Settings());

            Assert.Equal(
                new[] { "direction-conflict:A,B", "duplicate-edge:A,B", "duplicate-edge:C,D", "empty-configuration:A" },
                issues.Select(issue => issue.Code + ":" + string.Join(",", issue.Teams)));
        }
    }
}
