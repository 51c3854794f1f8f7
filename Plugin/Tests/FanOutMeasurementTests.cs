using System.Diagnostics;
using System.Linq;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace TeamSync.Plugins.Tests
{
    /// <summary>The fan-out measurement: one join fanning out to 500 teams, at most 4 queries plus one call per change.</summary>
    public sealed class FanOutMeasurementTests
    {
        private readonly ITestOutputHelper _output;

        public FanOutMeasurementTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void OneJoinFanningOutTo500Teams()
        {
            var w = new World();
            var root = w.Team("Root");
            var g = w.Config(root);
            for (var i = 0; i < 500; i++) w.Member(g, w.Team("Child " + i.ToString("000")), i);
            // One conditional link elsewhere, so the roles query runs too: the worst case of 4 queries.
            var role = w.Role("Auditor");
            w.Member(w.Config(w.Team("Elsewhere")), w.Team("Audit"), null, role);
            var u = w.User("u");

            var clock = Stopwatch.StartNew();
            w.AddMembers(root, u);
            clock.Stop();

            var run = w.ExecutionsOf<MembershipPropagationPlugin>()[0];
            var adds = run.CallCount("AddMembersTeam");
            var line = $"fan-out 500: queries={run.Queries} membership calls={adds} log writes={run.CallCount("CreateMultiple")} (rows={w.LogRows().Count}) triggered executions={w.ExecutionsOf<MembershipPropagationPlugin>().Count - 1} doing nothing, wall={clock.ElapsedMilliseconds} ms";
            _output.WriteLine(line);
            Assert.Equal(4, run.Queries);
            Assert.Equal(500, adds);
            Assert.Equal(1, run.CallCount("CreateMultiple"));
            Assert.Equal(501, w.TeamsOf(u).Count);
            Assert.All(w.ExecutionsOf<MembershipPropagationPlugin>().Skip(1), r => Assert.Equal(0, r.Queries + r.Calls.Count));
        }
    }
}
