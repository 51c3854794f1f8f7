using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>Propagation end to end: one membership change in, everything that follows observed.</summary>
    public sealed class PropagationTests
    {
        [Fact]
        public void OneWayJoinAddsTheChildrenInOrderAndLogsEachWithItsCause()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var d = w.Team("D");
            var g = w.Config(a);
            w.Member(g, d, 30);
            w.Member(g, b, 10);
            w.Member(g, c, 20);
            var u = w.User("u");

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "C", "D" }, w.TeamsOf(u));
            var rows = w.LogRows();
            Assert.Equal(new[] { "A", "B", "C", "D" }, rows.Select(r => w.NameOf(r.Team)));
            Assert.Equal(new[] { false, true, true, true }, rows.Select(r => r.BySync));
            Assert.All(rows, r => Assert.True(r.Join));
            Assert.All(rows, r => Assert.Equal(Outcome.Done, r.Outcome));
            Assert.All(rows, r => Assert.Equal(a, r.SourceTeam));
            Assert.All(rows, r => Assert.Equal(w.Admin, r.InitiatingUser));
            Assert.Single(rows.Select(r => r.CorrelationId).Distinct());
            Assert.Equal(new[] { "A", "A > B", "A > C", "A > D" }, rows.Select(r => r.Path));
        }

        [Fact]
        public void ExecutionsTriggeredByTheSyncsOwnWritesDoNothing()
        {
            var w = new World();
            var a = w.Team("A");
            var g = w.Config(a);
            for (var i = 0; i < 3; i++)
            {
                w.Member(g, w.Team("T" + i), i);
            }

            var u = w.User("u");

            w.AddMembers(a, u);

            var run = Assert.Single(w.Propagations());
            Assert.Equal(3, run.CallCount("AddMembersTeam"));
            // Each of the three adds sets off the synchronous and the asynchronous step; each asks only who it runs as.
            var echoes = w.Echoes();
            Assert.Equal(6, echoes.Count);
            Assert.All(echoes, r =>
            {
                Assert.Equal("TeamSync.Propagation", r.Context.SharedVariables["tag"]);
                Assert.Equal(0, r.Queries);
                Assert.Equal(new[] { "WhoAmI" }, r.Calls.Keys);
                Assert.Contains("already propagated", r.Trace.Single());
            });
            Assert.Equal(4, w.LogRows().Count);
        }

        [Fact]
        public void OneWayLeaveRemovesSyncChildrenButKeepsManualOnes()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            w.OneWay(a, b, c);
            var u = w.User("u");
            w.Seed(u, a, bySync: false);
            w.Seed(u, b, bySync: false);
            w.Seed(u, c, bySync: true);

            w.RemoveMembers(a, u);

            Assert.Equal(new[] { "B" }, w.TeamsOf(u));
            var rows = w.LogRows();
            Assert.Equal(new[] { "A", "C" }, rows.Select(r => w.NameOf(r.Team)));
            Assert.All(rows, r => Assert.False(r.Join));
        }

        [Fact]
        public void ProvenanceIsTheLatestLoggedChange()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var u = w.User("u");
            w.AddMembers(a, u);
            // The admin then removes and re-adds B by hand: B is manual now and survives leaving A.
            w.RemoveMembers(b, u);
            w.AddMembers(b, u);

            w.RemoveMembers(a, u);

            Assert.Equal(new[] { "B" }, w.TeamsOf(u));
        }

        [Fact]
        public void BidirectionalJoinAndLeaveThroughAssociateWithATeamTarget()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var g = w.Config(a, direction: 2);
            w.Member(g, b, 10);
            w.Member(g, c, 20);
            var u = w.User("u");

            w.Associate("teammembership_association", World.TeamRef(b), World.UserRef(u));
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u));
            Assert.Equal(new[] { "B", "B > A", "B > A > C" }, w.LogRows().Select(r => r.Path));

            w.Disassociate("teammembership_association", World.TeamRef(b), World.UserRef(u));
            Assert.Empty(w.TeamsOf(u));
        }

        [Fact]
        public void AssociateWithAUserTargetAndSeveralTeamsAndSeveralUsers()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var x = w.Team("X");
            var y = w.Team("Y");
            w.OneWay(a, b);
            w.OneWay(x, y);
            var u = w.User("u");
            var v = w.User("v");

            w.Associate("teammembership_association", World.UserRef(u), World.TeamRef(a), World.TeamRef(x));
            w.AddMembers(a, v, w.User("z"));

            Assert.Equal(new[] { "A", "B", "X", "Y" }, w.TeamsOf(u));
            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(v));
            var first = w.Propagations().First();
            Assert.True(first.Queries <= 4, "queries: " + first.Queries);
        }

        [Fact]
        public void AnotherParentKeepsTheChild()
        {
            var w = new World();
            var p1 = w.Team("P1");
            var p2 = w.Team("P2");
            var c = w.Team("C");
            w.OneWay(p1, c);
            w.OneWay(p2, c);
            var u = w.User("u");
            w.Seed(u, p1, false);
            w.Seed(u, p2, false);
            w.Seed(u, c, true);

            w.RemoveMembers(p1, u);

            Assert.Equal(new[] { "C", "P2" }, w.TeamsOf(u));
        }

        [Fact]
        public void StillRequiredRemovesNothingAndSaysWhy()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var z = w.Team("Z");
            w.Bidirectional(a, b);
            w.OneWay(z, b);
            var u = w.User("u");
            w.Seed(u, z, false);
            w.Seed(u, a, true);
            w.Seed(u, b, true);

            w.RemoveMembers(a, u);

            Assert.Equal(new[] { "B", "Z" }, w.TeamsOf(u));
            // Teams are named in id order; ids are Guids here, so either name may come first.
            var warning = Assert.Single(w.Propagations()[0].Trace, t => t.StartsWith("TeamSync: still-required: ", StringComparison.Ordinal));
            Assert.Equal(new[] { "A", "Z" }, warning.Substring("TeamSync: still-required: ".Length).Split(", ").OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void ManagedTeamsAreNeverTargetedButSyncOnwardFromThem()
        {
            var w = new World();
            var entra = w.Team("Entra", type: 2);
            var owner = w.Team("Owner");
            var fallback = w.Team("BU default", isDefault: true);
            w.Bidirectional(owner, entra);
            w.OneWay(owner, fallback);
            var u = w.User("u");
            // Entra puts the user in the group team; the platform reports it as an association like any other.
            w.Organization.InsertMembership(entra, u);
            w.Pipeline.Replay(new OrganizationRequest("Associate")
            {
                ["Target"] = World.TeamRef(entra),
                ["Relationship"] = new Relationship("teammembership_association"),
                ["RelatedEntities"] = new EntityReferenceCollection { World.UserRef(u) },
            }, Pipeline.SystemUser);
            var fromEntra = w.Propagations()[0];

            Assert.Equal(new[] { "Entra", "Owner" }, w.TeamsOf(u));
            Assert.Equal(1, fromEntra.CallCount("AddMembersTeam"));
        }

        [Fact]
        public void AnAddThatFindsTheUserAlreadyThereSucceedsAndTheRestGoOn()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            w.OneWay(a, b, c);
            var u = w.User("u");
            // Someone else adds the user to B between the plugin's read and its write.
            w.Pipeline.Register(new Step(InlinePlugin.OnTeam(b, (_, _) => w.Organization.InsertMembership(b, u)), "AddMembers", "team", 20, false));

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u));
            var rowB = w.LogRows().Single(r => r.Team == b);
            Assert.Equal(Outcome.Skipped, rowB.Outcome);
            Assert.Equal("Already a member.", rowB.Error);
            var rowC = w.LogRows().Single(r => r.Team == c);
            Assert.Equal(Outcome.Done, rowC.Outcome);
        }

        [Fact]
        public void AFailedOperationIsLoggedAndNeitherStopsTheRestNorUndoesTheAdminsChange()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var d = w.Team("D");
            var g = w.Config(a);
            w.Member(g, b, 10);
            w.Member(g, c, 20);
            w.Member(g, d, 30);
            var u = w.User("u");
            w.Pipeline.Register(new Step(InlinePlugin.OnTeam(c, (_, _) => throw new InvalidPluginExecutionException("C is locked.")), "AddMembers", "team", 20, false));

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "D" }, w.TeamsOf(u));
            var rowC = w.LogRows().Single(r => r.Team == c);
            Assert.Equal(Outcome.Failed, rowC.Outcome);
            Assert.Equal("C is locked.", rowC.Error);
        }

        [Fact]
        public void OneExecutionDoesTheWholeClosureWhateverItsLength()
        {
            var w = new World();
            var teams = Enumerable.Range(0, 12).Select(i => w.Team("T" + i.ToString("00"))).ToList();
            for (var i = 0; i + 1 < teams.Count; i++)
            {
                w.Member(w.Config(teams[i]), teams[i + 1]);
            }

            var u = w.User("u");

            w.AddMembers(teams[0], u);

            Assert.Equal(12, w.TeamsOf(u).Count);
            var runs = w.ExecutionsOf<MembershipPropagationPlugin>();
            Assert.Equal(11, w.Propagations().Single().CallCount("AddMembersTeam"));
            Assert.True(runs.Max(r => r.Context.Depth) <= 2);
            Assert.All(runs, r => Assert.Null(r.Error));
        }

        [Fact]
        public void AChangeNoLinkTouchesIsLoggedAndTheJobReadsOnlyTheConfiguration()
        {
            var w = new World();
            var a = w.Team("A");
            var u = w.User("u");

            w.AddMembers(a, u);

            // Logged when it happens (the team's name: one query, the row: one call); the job reads the configuration only.
            var record = w.ExecutionsOf<MembershipPropagationPlugin>().Single(r => r.Context.Mode == 0);
            Assert.Equal(1, record.Queries);
            Assert.Equal(1, record.CallCount("CreateMultiple"));
            var run = w.Propagations().Single();
            Assert.Equal(1, run.Queries);
            Assert.Empty(run.Calls);
            Assert.Single(w.LogRows());
        }

        [Fact]
        public void ConditionalLinksFollowTheUsersDirectRoles()
        {
            var w = new World();
            var cl = w.Team("CL");
            var pw = w.Team("PW");
            var aq = w.Team("AQ");
            var slo = w.Role("SLO");
            var sloCopy = w.Role("SLO (other BU)", root: slo);
            var g = w.Config(cl);
            w.Member(g, pw, 10);
            w.Member(g, aq, 40, slo);
            var plain = w.User("plain");
            var holder = w.User("holder");
            w.Organization.InsertUserRole(holder, sloCopy);

            w.AddMembers(cl, plain, holder);

            Assert.Equal(new[] { "CL", "PW" }, w.TeamsOf(plain));
            Assert.Equal(new[] { "AQ", "CL", "PW" }, w.TeamsOf(holder));
            Assert.Equal(4, w.Propagations()[0].Queries);
        }
    }
}
