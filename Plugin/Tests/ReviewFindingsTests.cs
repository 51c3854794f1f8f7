using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>A review's findings, point by point: each defect it reproduced, against the strict pipeline.</summary>
    public sealed class ReviewFindingsTests
    {
        private static OrganizationRequest Members(string message, Guid team, params Guid[] users) => new OrganizationRequest(message) { ["TeamId"] = team, ["MemberIds"] = users };

        private static (World W, Guid A, Guid B, Guid U) PrivilegedChild()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B privileged");
            w.OneWay(a, b);
            var u = w.User("u");
            w.Seed(u, a, bySync: false);
            w.Seed(u, b, bySync: true);
            return (w, a, b, u);
        }

        // Point 1

        [Fact]
        public void Point1_ACallersTagSilencesNeitherPropagationNorLogging()
        {
            var (w, a, _, u) = PrivilegedChild();
            var request = Members("RemoveMembersTeam", a, u);
            request["tag"] = "TeamSync.Propagation";

            w.AsAdmin.Execute(request);

            Assert.Empty(w.TeamsOf(u));
            Assert.Equal(2, w.LogRows().Count);
        }

        [Fact]
        public void Point1_ACallersTagDoesNotSilenceTheRoleReconcile()
        {
            var w = new World();
            var (_, _, slo, u) = w.RoleHolderOfAConditionalLink();
            var request = new OrganizationRequest("Disassociate")
            {
                ["Target"] = World.UserRef(u),
                ["Relationship"] = new Relationship("systemuserroles_association"),
                ["RelatedEntities"] = new EntityReferenceCollection { new EntityReference("role", slo) },
                ["tag"] = "TeamSync.Propagation",
            };

            w.AsAdmin.Execute(request);

            Assert.Equal(new[] { "CL" }, w.TeamsOf(u));
        }

        [Fact]
        public void Point1_ACustomersPluginThatTheSyncsWritesTriggerIsNotSilenced()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var x = w.Team("X");
            var y = w.Team("Y");
            w.OneWay(a, b);
            w.OneWay(x, y);
            var u = w.User("u");
            // The customer's own rule: whoever joins B joins X too.
            w.Pipeline.Register(new Step(InlinePlugin.OnTeam(b, (context, factory) =>
                factory.CreateOrganizationService(null).Execute(Members("AddMembersTeam", x, (Guid[])context.InputParameters["MemberIds"]))), "AddMembers", "team", 40, false));

            w.AddMembers(a, u);

            Assert.Equal(new[] { "A", "B", "X", "Y" }, w.TeamsOf(u));
            var rowX = w.LogRows().Single(r => r.Team == x);
            Assert.False(rowX.BySync);
        }

        // Point 7

        [Fact]
        public void Point7_AnEmptyUserIdOrTeamIdIsAClearError()
        {
            var w = new World();
            foreach (var parameter in new[] { "UserId", "TeamId" })
            {
                var request = new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "report", [parameter] = Guid.Empty };
                var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(request));
                Assert.Contains(parameter, error.Message);
            }
        }

        [Fact]
        public void Point7_UserIdAndTeamIdTogetherAreAClearError()
        {
            var w = new World();
            var request = new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "report", ["UserId"] = w.User("u"), ["TeamId"] = w.Team("A") };
            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(request));
            Assert.Contains("UserId", error.Message);
            Assert.Contains("TeamId", error.Message);
        }

        // Point 5

        [Theory]
        [InlineData("SetState")]
        [InlineData("SetStateDynamicEntity")]
        public void Point5_ActivatingALinkIsValidatedAndReconciledOnBothStateMessages(string message)
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var g = w.Config(a);
            var m = w.Member(g, b, active: false);
            var u = w.User("u");
            w.Seed(u, a, false);
            // B → A conflicts with A → B once that link is active.
            w.OneWay(b, a);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(Requests.SetState("nw_teamsyncmember", m, active: true, message)));
            Assert.StartsWith("TeamSync refused this change: direction-conflict", error.Message);

            var other = w.Team("C");
            var m2 = w.Member(g, other, active: false);
            w.AsAdmin.Execute(Requests.SetState("nw_teamsyncmember", m2, active: true, message));
            Assert.Equal(new[] { "A", "C" }, w.TeamsOf(u));
        }

        [Fact]
        public void Point5_CreateMultipleAndUpdateMultipleRunTheValidationOfEachItem()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var gb = w.Config(b);
            var cycle = new Entity("nw_teamsyncmember")
            {
                ["nw_name"] = "m",
                ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", gb),
                ["nw_childteamid"] = new EntityReference("team", a),
            };
            var create = new OrganizationRequest("CreateMultiple") { ["Targets"] = new EntityCollection { EntityName = "nw_teamsyncmember", Entities = { cycle } } };
            Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(create));

            var c = w.Team("C");
            var m = w.Member(gb, c);
            var turnIntoCycle = new Entity("nw_teamsyncmember", m) { ["nw_childteamid"] = new EntityReference("team", a) };
            var update = new OrganizationRequest("UpdateMultiple") { ["Targets"] = new EntityCollection { EntityName = "nw_teamsyncmember", Entities = { turnIntoCycle } } };
            Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(update));
            Assert.Equal(c, w.Organization.Get("nw_teamsyncmember", m).GetAttributeValue<EntityReference>("nw_childteamid").Id);
        }

        [Fact]
        public void Point5_ARoleLostByABusinessUnitChangeIsReconciled()
        {
            var w = new World();
            var (_, _, slo, u) = w.RoleHolderOfAConditionalLink();

            w.AsAdmin.Execute(new OrganizationRequest("Update") { ["Target"] = new Entity("systemuser", u) { ["businessunitid"] = new EntityReference("businessunit", Guid.NewGuid()) } });

            Assert.False(w.Organization.HasRole(u, slo));
            Assert.Equal(new[] { "CL" }, w.TeamsOf(u));
        }

        // Point 2

        [Fact]
        public void Point2_WhereverAJoinIsStoppedEverySyncMembershipHasItsLogRowAndALeaveRemovesIt()
        {
            for (var stopAfter = 1; stopAfter <= 12; stopAfter++)
            {
                var w = new World();
                var a = w.Team("A");
                var g = w.Config(a);
                var children = Enumerable.Range(0, 4).Select(i => w.Team("C" + i)).ToList();
                foreach (var child in children)
                {
                    w.Member(g, child, children.IndexOf(child));
                }

                var u = w.User("u");
                var limit = stopAfter;
                w.Pipeline.StopAfterCall = r => r.Plugin == nameof(MembershipPropagationPlugin) && r.Context.Mode == 1 && r.ServiceCalls >= limit;

                w.AddMembers(a, u);
                w.Pipeline.StopAfterCall = null;

                foreach (var child in children.Where(c => w.Organization.IsMember(u, c)))
                {
                    Assert.True(Explained(w, u, child), "stop after " + stopAfter + ": " + w.NameOf(child) + " has no log row");
                }
                w.RemoveMembers(a, u);
                Assert.True(w.TeamsOf(u).Count == 0, "stop after " + stopAfter + ": left in " + string.Join(", ", w.TeamsOf(u)));
            }
        }

        [Fact]
        public void Point2_AGrantWhoseRowIsStillUnconfirmedIsRemovedByTheNightlyReconcileOnceNothingRequiresIt()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var link = w.Member(w.Config(a), b);
            var u = w.User("u");
            // The job is stopped right after its add: B's row stays unconfirmed.
            w.Pipeline.StopAfterCall = r => r.Plugin == nameof(MembershipPropagationPlugin) && r.Context.Mode == 1 && r.Calls.ContainsKey("AddMembersTeam");
            w.AddMembers(a, u);
            w.Pipeline.StopAfterCall = null;
            Assert.True(w.LogOf(u, b).Single().Unconfirmed);
            // The link is turned off and u leaves A: only the nightly reconcile is left to take B away.
            w.Pipeline.Disable(typeof(ConfigurationReconcilePlugin), "SetState");
            w.AsAdmin.Execute(Requests.SetState("nw_teamsyncmember", link, active: false));
            w.RemoveMembers(a, u);
            Assert.Equal(new[] { "B" }, w.TeamsOf(u));

            w.AsAdmin.Execute(new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "apply" });

            Assert.Empty(w.TeamsOf(u));
        }

        [Fact]
        public void Point2_AnExecutionAtItsBudgetStopsCleanlyAndItsContinuationFinishesWithinMinutes()
        {
            var w = new World(propagationConfiguration: "budgetSeconds=0;batchCalls=2");
            var a = w.Team("A");
            var g = w.Config(a);
            var children = Enumerable.Range(0, 5).Select(i => w.Team("C" + i)).ToList();
            foreach (var child in children)
            {
                w.Member(g, child, children.IndexOf(child));
            }

            var u = w.User("u");
            w.Pipeline.HoldAsync = true;

            w.AddMembers(a, u);
            w.Pipeline.DrainPending(new Random(1));

            Assert.Equal(6, w.TeamsOf(u).Count);
            var runs = w.ExecutionsOf<MembershipPropagationPlugin>().Where(r => r.Context.Mode == 1 && r.Calls.ContainsKey("AddMembersTeam")).ToList();
            Assert.True(runs.Count > 1, "one execution did it all despite a spent budget");
            Assert.All(runs, r => Assert.Null(r.Error));
            Assert.All(children, c => Assert.True(Explained(w, u, c)));
        }

        // Point 3

        [Fact]
        public void Point3_AQueuedLeaveDecidesOnProvenanceAsItIsWhenItRuns()
        {
            var (w, a, b, u) = PrivilegedChild();
            w.Pipeline.HoldAsync = true;

            w.RemoveMembers(a, u);
            w.RemoveMembers(b, u);
            w.AddMembers(b, u);
            while (w.Pipeline.Pending.Count > 0)
            {
                w.Pipeline.RunPending(0);
            }

            Assert.Equal(new[] { "B privileged" }, w.TeamsOf(u));
        }

        [Fact]
        public void Point3_AJoinJobRunAfterItsOwnLeaveAddsNothing()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var u = w.User("u");
            w.Pipeline.HoldAsync = true;

            w.AddMembers(a, u);
            w.RemoveMembers(a, u);
            while (w.Pipeline.Pending.Count > 0)
            {
                w.Pipeline.RunPending(w.Pipeline.Pending.Count - 1);
            }

            Assert.Empty(w.TeamsOf(u));
        }

        // Point 4

        [Fact]
        public void Point4_TwoAdminsSavingOppositeDirectionsTogetherCannotBothLand()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var ga = w.Config(a);
            var gb = w.Config(b);
            var second = w.User("Second admin");
            w.Organization.SystemAdministrators.Add(second);
            var interleaved = false;
            // Once the first save is validated, and before it is written, the second admin saves the opposite link.
            w.Pipeline.Register(new Step(new InlinePlugin((_, _) =>
            {
                if (interleaved)
                {
                    return;
                }

                interleaved = true;
                w.Pipeline.Interleave(() => w.As(second).Create(MemberRecord(gb, a)));
            }), "Create", "nw_teamsyncmember", 20, false));

            Exception? first = null;
            try
            {
                w.AsAdmin.Create(MemberRecord(ga, b));
            }
            catch (InvalidPluginExecutionException error)
            {
                first = error;
            }

            Assert.True(interleaved);
            var landed = w.Organization.Rows("nw_teamsyncmember").Count();
            Assert.True(landed == 1, landed + " links landed; first: " + first?.Message + "; second: " + string.Join("; ", w.Pipeline.InterleavedErrors.Select(e => e.Message)));
        }

        // Point 6

        [Fact]
        public void Point6_OneAddMembersOf200UsersIntoATeamWith10ChildrenMakesOneCallPerChild()
        {
            var w = new World();
            var a = w.Team("A");
            var g = w.Config(a);
            for (var i = 0; i < 10; i++)
            {
                w.Member(g, w.Team("C" + i), i);
            }

            var users = Enumerable.Range(0, 200).Select(i => w.User("u" + i)).ToArray();

            w.AddMembers(a, users);

            var run = w.Propagations().Single();
            Assert.Equal(10, run.CallCount("AddMembersTeam"));
            Assert.All(users, u => Assert.Equal(11, w.TeamsOf(u).Count));
        }

        [Fact]
        public void Point6_OneBadUserFallsBackToACallPerUserAndOnlyThatUserIsLoggedAsFailed()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var good = w.User("good");
            var bad = w.User("bad");
            var other = w.User("other");
            w.Pipeline.Register(new Step(InlinePlugin.OnTeam(b, (context, _) =>
            {
                if (((Guid[])context.InputParameters["MemberIds"]).Contains(bad))
                {
                    throw new InvalidPluginExecutionException("This user is disabled.");
                }
            }), "AddMembers", "team", 20, false));

            w.AddMembers(a, good, bad, other);

            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(good));
            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(other));
            Assert.Equal(new[] { "A" }, w.TeamsOf(bad));
            var rowsB = w.LogRows().Where(r => r.Team == b).ToList();
            var failed = Assert.Single(rowsB, r => r.Outcome == Outcome.Failed);
            Assert.Equal(bad, failed.User);
            Assert.Equal(2, rowsB.Count(r => r.Outcome == Outcome.Done));
        }

        [Fact]
        public void Point6_AReconcilePageCostsTheSameQueriesWhateverTheSizeOfTheLog()
        {
            int QueriesWith(int logRows)
            {
                var w = new World();
                var a = w.Team("A");
                var b = w.Team("B");
                w.OneWay(a, b);
                var u = w.User("u");
                w.Seed(u, a, false);
                var v = w.User("v");
                for (var i = 0; i < logRows; i++)
                {
                    w.SeedLog(v, b, join: i % 2 == 0);
                }

                w.AsAdmin.Execute(new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "report" });
                return w.ExecutionsOf<ReconcileApiPlugin>().Single().Queries;
            }

            Assert.Equal(QueriesWith(0), QueriesWith(12000));
        }

        /// <summary>The user's membership of the team is explained by the newest row that explains it (see <see cref="LogRow.Explains"/>): the sync's join.</summary>
        public static bool Explained(World w, Guid user, Guid team)
        {
            var last = w.LogOf(user, team).LastOrDefault(r => r.Explains);
            return last != null && last.Join && last.BySync;
        }

        private static Entity MemberRecord(Guid group, Guid child) => new Entity("nw_teamsyncmember")
        {
            ["nw_name"] = "m",
            ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
            ["nw_childteamid"] = new EntityReference("team", child),
        };
    }
}
