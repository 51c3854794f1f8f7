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
            Assert.Equal(new[] { "A", "B", "C", "D" }, rows.Select(r => w.NameOf(r.GetAttributeValue<EntityReference>("nw_teamid").Id)));
            Assert.Equal(new[] { 1, 2, 2, 2 }, rows.Select(r => r.GetAttributeValue<OptionSetValue>("nw_cause").Value));
            Assert.All(rows, r => Assert.Equal(1, r.GetAttributeValue<OptionSetValue>("nw_operation").Value));
            Assert.All(rows, r => Assert.Equal(1, r.GetAttributeValue<OptionSetValue>("nw_outcome").Value));
            Assert.All(rows, r => Assert.Equal(a, r.GetAttributeValue<EntityReference>("nw_sourceteamid").Id));
            Assert.All(rows, r => Assert.Equal(w.Admin, r.GetAttributeValue<EntityReference>("nw_initiatinguserid").Id));
            Assert.Single(rows.Select(r => r.GetAttributeValue<string>("nw_correlationid")).Distinct());
            Assert.Equal(new[] { "A", "A > B", "A > C", "A > D" }, rows.Select(r => r.GetAttributeValue<string>("nw_path")));
        }

        [Fact]
        public void ExecutionsTriggeredByTheSyncsOwnWritesDoNothing()
        {
            var w = new World();
            var a = w.Team("A");
            var g = w.Config(a);
            for (var i = 0; i < 3; i++) w.Member(g, w.Team("T" + i), i);
            var u = w.User("u");

            w.AddMembers(a, u);

            var runs = w.ExecutionsOf<MembershipPropagationPlugin>();
            Assert.Equal(4, runs.Count);
            Assert.Equal(3, runs[0].CallCount("AddMembersTeam"));
            Assert.All(runs.Skip(1), r =>
            {
                Assert.Equal("TeamSync.Propagation", r.Context.SharedVariables["tag"]);
                Assert.Equal(0, r.Queries);
                Assert.Empty(r.Calls);
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
            var g = w.Config(a);
            w.Member(g, b, 10);
            w.Member(g, c, 20);
            var u = w.User("u");
            w.Seed(u, a, bySync: false);
            w.Seed(u, b, bySync: false);
            w.Seed(u, c, bySync: true);

            w.RemoveMembers(a, u);

            Assert.Equal(new[] { "B" }, w.TeamsOf(u));
            var rows = w.LogRows();
            Assert.Equal(new[] { "A", "C" }, rows.Select(r => w.NameOf(r.GetAttributeValue<EntityReference>("nw_teamid").Id)));
            Assert.All(rows, r => Assert.Equal(2, r.GetAttributeValue<OptionSetValue>("nw_operation").Value));
        }

        [Fact]
        public void ProvenanceIsTheLatestLoggedChange()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.Member(w.Config(a), b);
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
            Assert.Equal(new[] { "B", "B > A", "B > A > C" }, w.LogRows().Select(r => r.GetAttributeValue<string>("nw_path")));

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
            w.Member(w.Config(a), b);
            w.Member(w.Config(x), y);
            var u = w.User("u");
            var v = w.User("v");

            w.Associate("teammembership_association", World.UserRef(u), World.TeamRef(a), World.TeamRef(x));
            w.AddMembers(a, v, w.User("z"));

            Assert.Equal(new[] { "A", "B", "X", "Y" }, w.TeamsOf(u));
            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(v));
            var first = w.ExecutionsOf<MembershipPropagationPlugin>().First();
            Assert.True(first.Queries <= 4, "queries: " + first.Queries);
        }

        [Fact]
        public void AnotherParentKeepsTheChild()
        {
            var w = new World();
            var p1 = w.Team("P1");
            var p2 = w.Team("P2");
            var c = w.Team("C");
            w.Member(w.Config(p1), c);
            w.Member(w.Config(p2), c);
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
            w.Member(w.Config(a, direction: 2), b);
            w.Member(w.Config(z), b);
            var u = w.User("u");
            w.Seed(u, z, false);
            w.Seed(u, a, true);
            w.Seed(u, b, true);

            w.RemoveMembers(a, u);

            Assert.Equal(new[] { "B", "Z" }, w.TeamsOf(u));
            // Teams are named in id order; ids are Guids here, so either name may come first.
            var warning = Assert.Single(w.ExecutionsOf<MembershipPropagationPlugin>()[0].Trace, t => t.StartsWith("TeamSync: still-required: ", StringComparison.Ordinal));
            Assert.Equal(new[] { "A", "Z" }, warning.Substring("TeamSync: still-required: ".Length).Split(", ").OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void ManagedTeamsAreNeverTargetedButSyncOnwardFromThem()
        {
            var w = new World();
            var entra = w.Team("Entra", type: 2);
            var owner = w.Team("Owner");
            var fallback = w.Team("BU default", isDefault: true);
            w.Member(w.Config(owner, direction: 2), entra);
            w.Member(w.Config(owner), fallback);
            var u = w.User("u");
            // Entra puts the user in the group team; the platform reports it as an association like any other.
            w.Organization.InsertMembership(entra, u);
            w.Pipeline.Replay(new OrganizationRequest("Associate")
            {
                ["Target"] = World.TeamRef(entra),
                ["Relationship"] = new Relationship("teammembership_association"),
                ["RelatedEntities"] = new EntityReferenceCollection { World.UserRef(u) },
            }, Pipeline.SystemUser);
            var fromEntra = w.ExecutionsOf<MembershipPropagationPlugin>()[0];

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
            var g = w.Config(a);
            w.Member(g, b, 10);
            w.Member(g, c, 20);
            var u = w.User("u");
            // Someone else adds the user to B between the plugin's read and its write.
            w.Pipeline.Register(new Step(new ConcurrentAdd(w.Organization, b, u), "AddMembers", "team", 20, false));

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u));
            var rowB = w.LogRows().Single(r => r.GetAttributeValue<EntityReference>("nw_teamid").Id == b);
            Assert.Equal(2, rowB.GetAttributeValue<OptionSetValue>("nw_outcome").Value);
            Assert.Equal("Already a member.", rowB.GetAttributeValue<string>("nw_errortext"));
            var rowC = w.LogRows().Single(r => r.GetAttributeValue<EntityReference>("nw_teamid").Id == c);
            Assert.Equal(1, rowC.GetAttributeValue<OptionSetValue>("nw_outcome").Value);
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
            w.Pipeline.Register(new Step(new RefuseTeam(c), "AddMembers", "team", 20, false));

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "D" }, w.TeamsOf(u));
            var rowC = w.LogRows().Single(r => r.GetAttributeValue<EntityReference>("nw_teamid").Id == c);
            Assert.Equal(3, rowC.GetAttributeValue<OptionSetValue>("nw_outcome").Value);
            Assert.Equal("C is locked.", rowC.GetAttributeValue<string>("nw_errortext"));
        }

        [Fact]
        public void OneExecutionDoesTheWholeClosureWhateverItsLength()
        {
            var w = new World();
            var teams = Enumerable.Range(0, 12).Select(i => w.Team("T" + i.ToString("00"))).ToList();
            for (var i = 0; i + 1 < teams.Count; i++) w.Member(w.Config(teams[i]), teams[i + 1]);
            var u = w.User("u");

            w.AddMembers(teams[0], u);

            Assert.Equal(12, w.TeamsOf(u).Count);
            var runs = w.ExecutionsOf<MembershipPropagationPlugin>();
            Assert.Equal(11, runs[0].CallCount("AddMembersTeam"));
            Assert.True(runs.Max(r => r.Context.Depth) <= 2);
            Assert.All(runs, r => Assert.Null(r.Error));
        }

        [Fact]
        public void SynchronousRegistrationWorksToo()
        {
            var w = new World(propagationAsync: false);
            var a = w.Team("A");
            var b = w.Team("B");
            w.Member(w.Config(a), b);
            var u = w.User("u");

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(u));
            Assert.All(w.ExecutionsOf<MembershipPropagationPlugin>(), r => Assert.Equal(0, r.Context.Mode));
        }

        [Fact]
        public void AChangeNoLinkTouchesIsLoggedWithOneQuery()
        {
            var w = new World();
            var a = w.Team("A");
            var u = w.User("u");

            w.AddMembers(a, u);

            var run = w.ExecutionsOf<MembershipPropagationPlugin>().Single();
            Assert.Equal(1, run.Queries);
            Assert.Equal(1, run.CallCount("CreateMultiple"));
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
            Assert.Equal(4, w.ExecutionsOf<MembershipPropagationPlugin>()[0].Queries);
        }

        /// <summary>A PreOperation step that puts the user in the team first, as a concurrent change would.</summary>
        private sealed class ConcurrentAdd : IPlugin
        {
            private readonly InMemoryOrganization _org;
            private readonly Guid _team;
            private readonly Guid _user;

            public ConcurrentAdd(InMemoryOrganization org, Guid team, Guid user)
            {
                _org = org;
                _team = team;
                _user = user;
            }

            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                if ((Guid)context.InputParameters["TeamId"] == _team) _org.InsertMembership(_team, _user);
            }
        }

        /// <summary>A PreOperation step that refuses any membership change of one team.</summary>
        private sealed class RefuseTeam : IPlugin
        {
            private readonly Guid _team;

            public RefuseTeam(Guid team) => _team = team;

            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                if ((Guid)context.InputParameters["TeamId"] == _team) throw new InvalidPluginExecutionException("C is locked.");
            }
        }
    }
}
