using System;
using System.Diagnostics;
using System.Linq;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// The fan-out figures: calls scale with target teams, not users × teams. Printed as measured (wall time
    /// is the in-memory pipeline's, a figure to compare runs by, not a bound); asserted on counts only.
    /// </summary>
    public sealed class FanOutMeasurementTests
    {
        private readonly ITestOutputHelper _output;

        public FanOutMeasurementTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData(1, 500)]
        [InlineData(200, 10)]
        [InlineData(5000, 1)]
        public void OneJoinFanningOut(int users, int children)
        {
            var w = new World();
            var root = w.Team("Root");
            var g = w.Config(root);
            for (var i = 0; i < children; i++)
            {
                w.Member(g, w.Team("Child " + i.ToString("000")), i);
            }
            // One conditional link elsewhere, so the roles query runs too: the worst case of 4 queries.
            var role = w.Role("Auditor");
            w.Member(w.Config(w.Team("Elsewhere")), w.Team("Audit"), null, role);
            var members = Enumerable.Range(0, users).Select(i => w.User("u" + i)).ToArray();

            var clock = Stopwatch.StartNew();
            w.AddMembers(root, members);
            clock.Stop();

            var run = w.Propagations().Single();
            var adds = run.CallCount("AddMembersTeam");
            var logCalls = run.CallCount("CreateMultiple") + run.CallCount("UpdateMultiple");
            var batches = (children + ReconcileSettings.DefaultBatchCalls - 1) / ReconcileSettings.DefaultBatchCalls;
            var rowBatches = (users * children + LogBook.BatchRows - 1) / LogBook.BatchRows;
            _output.WriteLine($"fan-out {users} user(s) x {children} team(s): queries={run.Queries} membership calls={adds} log calls={logCalls} (rows={w.LogRows().Count}) echo executions={w.Echoes().Count} wall={clock.ElapsedMilliseconds} ms");
            Assert.Equal(4, run.Queries);
            Assert.Equal(children, adds);
            Assert.Equal(2 * Math.Max(batches, rowBatches), logCalls);
            Assert.All(members.Take(3), u => Assert.Equal(children + 1, w.TeamsOf(u).Count));
            Assert.All(w.Echoes(), r => Assert.Equal(0, r.Queries));
        }
    }
}
