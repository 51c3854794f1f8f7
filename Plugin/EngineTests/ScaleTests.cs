using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace TeamSync.Engine.Tests
{
    /// <summary>Deep and wide graphs: the engine is iterative (no stack overflow) and fast enough for a plugin execution.</summary>
    public class ScaleTests
    {
        private readonly ITestOutputHelper _output;

        public ScaleTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static string Id(int index) => "t" + index.ToString("000000");

        private static ModelBuilder Chain(int length, bool closed)
        {
            var builder = new ModelBuilder().Teams(Enumerable.Range(0, length).Select(Id).ToArray());
            for (var index = 0; index + 1 < length; index++)
            {
                builder.OneWay(Id(index), Id(index + 1));
            }
            if (closed)
            {
                builder.OneWay(Id(length - 1), Id(0));
            }
            return builder;
        }

        [Fact]
        public void ValidatesAHundredThousandTeamCycleAsOneCycle()
        {
            var model = Chain(100_000, closed: true).Build();
            var watch = Stopwatch.StartNew();

            var issues = Validator.Validate(model, new Settings { WideCascade = 200_000 });

            _output.WriteLine("validate 100000-team cycle: " + watch.ElapsedMilliseconds + " ms");
            var issue = Assert.Single(issues);
            Assert.Equal(IssueCodes.Cycle, issue.Code);
            Assert.Equal(100_000, issue.Teams.Count);
        }

        [Fact]
        public void CountsWideCascadesAlongATwentyThousandTeamChain()
        {
            var model = Chain(20_000, closed: false).Build();
            var watch = Stopwatch.StartNew();

            var issues = Validator.Validate(model, new Settings());

            _output.WriteLine("validate 20000-team chain: " + watch.ElapsedMilliseconds + " ms");
            // Team i reaches 19999 - i teams: more than 25 for i < 19974.
            Assert.Equal(19_974, issues.Count);
            Assert.All(issues, issue => Assert.Equal(IssueCodes.WideCascade, issue.Code));
            Assert.Equal(19_999, issues[0].Reachable);
            Assert.Equal(26, issues[issues.Count - 1].Reachable);
        }

        [Fact]
        public void JoinAndLeaveWalkAThreeThousandTeamChain()
        {
            var graph = Chain(3_000, closed: false).Graph();
            var none = new Dictionary<string, Provenance>();

            var join = JoinPlanner.Plan(graph, "u", Id(0), none, new string[0]);
            Assert.Equal(2_999, join.Operations.Count);
            Assert.Equal(3_000, join.Operations[join.Operations.Count - 1].Via.Count);

            var all = Enumerable.Range(1, 2_999).ToDictionary(Id, _ => Provenance.Sync);
            var leave = LeavePlanner.Plan(graph, "u", Id(0), all, new string[0]);
            Assert.Equal(2_999, leave.Operations.Count);
            Assert.All(leave.Operations, operation => Assert.Equal(OperationKind.Remove, operation.Kind));
        }

        [Fact]
        public void PlansAFiveHundredTeamFanOutQuickly()
        {
            var children = Enumerable.Range(1, 500).Select(Id).ToArray();
            var graph = new ModelBuilder().Teams(Id(0)).Teams(children).OneWay(Id(0), children).Graph();
            var watch = Stopwatch.StartNew();

            var plan = JoinPlanner.Plan(graph, "u", Id(0), new Dictionary<string, Provenance>(), new string[0]);

            _output.WriteLine("join fan-out 500: " + watch.Elapsed.TotalMilliseconds + " ms");
            Assert.Equal(children, plan.Operations.Select(operation => operation.Team));
        }

        [Fact]
        public void ReconcilesManyUsersIndependently()
        {
            var graph = Chain(200, closed: false).Graph();
            var memberships = new Dictionary<string, IReadOnlyDictionary<string, Provenance>>();
            for (var user = 0; user < 1_000; user++)
            {
                memberships["u" + user.ToString("0000")] = new Dictionary<string, Provenance> { [Id(user % 200)] = Provenance.Manual };
            }

            var plan = Reconciler.Plan(graph, memberships, new Dictionary<string, IReadOnlyCollection<string>>());

            // The user whose manual team is t(k) needs the 199 - k teams after it.
            var expected = Enumerable.Range(0, 1_000).Sum(user => 199 - (user % 200));
            Assert.Equal(expected, plan.Operations.Count);
            Assert.Equal("u0000", plan.Operations[0].User);
            // u0999's manual team is the chain's last: nothing to add.
            Assert.Equal("u0998", plan.Operations[plan.Operations.Count - 1].User);
        }
    }
}
