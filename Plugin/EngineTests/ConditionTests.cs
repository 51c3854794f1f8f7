using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace TeamSync.Engine.Tests
{
    public class ConditionTests
    {
        private static readonly Dictionary<string, Provenance> NoMemberships = new Dictionary<string, Provenance>();

        private static string[] Joined(SyncGraph graph, string team, params string[] roles) =>
            JoinPlanner.Plan(graph, "u", team, NoMemberships, roles).Operations.Select(operation => operation.Team).ToArray();

        [Fact]
        public void AnEdgeRanksForAUserAtTheBestOfTheMembersOpenToThem()
        {
            var graph = new ModelBuilder().Teams("A", "B", "C").Roles("R")
                .Member(SyncDirection.OneWay, "A", "B", 50, null)
                .Member(SyncDirection.OneWay, "A", "C", 20, null)
                .Member(SyncDirection.OneWay, "A", "B", 5, "R")
                .Graph();

            Assert.Equal(new[] { "B", "C" }, Joined(graph, "A", "R"));
            Assert.Equal(new[] { "C", "B" }, Joined(graph, "A"));
        }

        [Fact]
        public void ARoleThatDoesNotExistOpensNothingEvenForAUserWhoNamesIt()
        {
            var graph = new ModelBuilder().Teams("A", "B").Member(SyncDirection.OneWay, "A", "B", null, "ghost").Graph();

            Assert.Empty(Joined(graph, "A", "ghost"));
        }

        [Fact]
        public void AnEdgeBothForwardAndReverseIsVisitedAmongTheForwardOnesOnlyWhenAForwardMemberIsOpen()
        {
            // X -> Y forward (order 10, role F) and X -> Y as the reverse edge of Bidirectional Y <-> X (role V).
            var graph = new ModelBuilder().Teams("X", "Y", "Z").Roles("F", "V")
                .Member(SyncDirection.OneWay, "X", "Y", 10, "F")
                .Member(SyncDirection.OneWay, "X", "Z", 20, null)
                .Member(SyncDirection.Bidirectional, "Y", "X", null, "V")
                .Graph();

            Assert.Equal(new[] { "Y", "Z" }, Joined(graph, "X", "F", "V"));
            Assert.Equal(new[] { "Z", "Y" }, Joined(graph, "X", "V"));
            Assert.Equal(new[] { "Z" }, Joined(graph, "X"));
        }

        [Fact]
        public void LeaveWalksOnlyTheLinksOpenForTheUser()
        {
            var graph = new ModelBuilder().Teams("A", "B", "C").Roles("R")
                .Member(SyncDirection.OneWay, "A", "B", 10, null)
                .Member(SyncDirection.OneWay, "A", "C", 20, "R")
                .Graph();
            var memberships = ModelBuilder.Memberships(("B", Provenance.Sync), ("C", Provenance.Sync));

            var withoutRole = LeavePlanner.Plan(graph, "u", "A", memberships, new string[0]);
            var withRole = LeavePlanner.Plan(graph, "u", "A", memberships, new[] { "R" });

            Assert.Equal(new[] { "B" }, withoutRole.Operations.Select(operation => operation.Team));
            Assert.Equal(new[] { "B", "C" }, withRole.Operations.Select(operation => operation.Team));
        }
    }
}
