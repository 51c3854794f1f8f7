using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// docs/semantics.md §6 "Edit preview", after the save: a configuration write reconciles the members it reaches, by exactly the
    /// operations the change calls for (drift already there stays for the nightly reconcile).
    /// </summary>
    public sealed class ConfigurationReconcileTests
    {
        private readonly ITestOutputHelper _output;

        public ConfigurationReconcileTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static Guid CreateMember(World w, Guid group, Guid child, int? order = null, Guid? role = null)
        {
            var member = new Entity("nw_teamsyncmember")
            {
                ["nw_name"] = w.NameOf(child),
                ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
                ["nw_childteamid"] = new EntityReference("team", child),
            };
            if (order.HasValue)
            {
                member["nw_syncorder"] = order.Value;
            }

            if (role.HasValue)
            {
                member["nw_requiredroleid"] = new EntityReference("role", role.Value);
            }

            return w.AsAdmin.Create(member);
        }

        private static void SetState(World w, string entity, Guid id, bool active)
        {
            w.AsAdmin.Execute(Requests.SetState(entity, id, active));
        }

        private static void Update(World w, Entity target) => w.AsAdmin.Execute(new OrganizationRequest("Update") { ["Target"] = target });

        private static string Describe(World w, LogRow row)
        {
            var verb = row.Join ? "join" : "leave";
            return w.NameOf(row.User) + " " + verb + " " + row.Path;
        }

        [Fact]
        public void Example9AddingDAndDeactivatingTheCMemberChangesOnlyWhatTheEditCallsFor()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var d = w.Team("D");
            var q = w.Team("Q");
            var g = w.Config(a);
            w.Member(g, b, 10);
            var memberC = w.Member(g, c, 20);
            var u1 = w.User("u1");
            var u2 = w.User("u2");
            var u3 = w.User("u3");
            w.Seed(u1, a, false);
            w.Seed(u1, b, true);
            w.Seed(u1, c, true);
            w.Seed(u2, a, false);
            w.Seed(u2, b, true);
            w.Seed(u2, c, false);
            w.Seed(u3, a, false);
            w.Seed(u3, b, true);
            w.Seed(u3, q, true);

            CreateMember(w, g, d, 30);
            SetState(w, "nw_teamsyncmember", memberC, active: false);

            Assert.Equal(new[] { "A", "B", "D" }, w.TeamsOf(u1));
            Assert.Equal(new[] { "A", "B", "C", "D" }, w.TeamsOf(u2));
            // u3's missing C and stray Q are drift: not this change's doing.
            Assert.Equal(new[] { "A", "B", "D", "Q" }, w.TeamsOf(u3));

            var runs = w.ExecutionsOf<ConfigurationReconcilePlugin>();
            Assert.Equal(2, runs.Count);
            Assert.All(runs, r => Assert.Null(r.Error));
            var rows = w.LogRows();
            var adds = rows.Where(r => r.CorrelationId == runs[0].Context.CorrelationId.ToString("D")).ToList();
            var removes = rows.Where(r => r.CorrelationId == runs[1].Context.CorrelationId.ToString("D")).ToList();
            Assert.Equal(4, rows.Count);
            // Reconcile orders users by id; the ids are Guids, so compare as the set they must be.
            Assert.Equal(new[] { "u1 join A > D", "u2 join A > D", "u3 join A > D" }, adds.Select(r => Describe(w, r)).OrderBy(s => s, StringComparer.Ordinal));
            Assert.Equal(new[] { "u1 leave C" }, removes.Select(r => Describe(w, r)));
            Assert.All(rows, r =>
            {
                Assert.True(r.BySync);
                Assert.Equal(Outcome.Done, r.Outcome);
                Assert.Equal(w.Admin, r.InitiatingUser);
            });
            Assert.Equal(a, adds[0].SourceTeam);
            Assert.Equal(c, removes[0].SourceTeam);

            // Its own writes carry the marker: the propagation they trigger does nothing and logs nothing.
            var triggered = w.ExecutionsOf<MembershipPropagationPlugin>();
            Assert.Equal(4, triggered.Count);
            Assert.All(triggered, r =>
            {
                Assert.Equal(0, r.Queries);
                Assert.Equal(new[] { "WhoAmI" }, r.Calls.Keys);
            });

            Assert.Equal(3, runs[0].Queries);
            // The three users join D in one call; their rows are written before it and confirmed after.
            Assert.Equal(1, runs[0].CallCount("AddMembersTeam"));
            Assert.Equal(1, runs[0].CallCount("CreateMultiple"));
            Assert.Equal(1, runs[0].CallCount("UpdateMultiple"));
            Assert.Equal(3, runs[1].Queries);
            Assert.Equal(1, runs[1].CallCount("RemoveMembersTeam"));
        }

        [Fact]
        public void ADeactivatedLinkRemovesSyncMembersButNotManualOnesNorDrift()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var member = w.Member(w.Config(a), b);
            var synced = w.User("synced");
            var manual = w.User("manual");
            var stray = w.User("stray");
            w.Seed(synced, a, false);
            w.Seed(synced, b, true);
            w.Seed(manual, a, false);
            w.Seed(manual, b, false);
            w.Seed(stray, b, true);

            SetState(w, "nw_teamsyncmember", member, active: false);

            Assert.Equal(new[] { "A" }, w.TeamsOf(synced));
            Assert.Equal(new[] { "A", "B" }, w.TeamsOf(manual));
            Assert.Equal(new[] { "B" }, w.TeamsOf(stray));
            Assert.Equal(new[] { "synced leave B" }, w.LogRows().Select(r => Describe(w, r)));
        }

        [Fact]
        public void ADeactivatedConfigurationRemovesWhatItsLinksHeld()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var g = w.OneWay(a, b, c);
            var u = w.User("u");
            w.Seed(u, a, false);
            w.Seed(u, b, true);
            w.Seed(u, c, false);

            SetState(w, "nw_teamsyncgroup", g, active: false);

            Assert.Equal(new[] { "A", "C" }, w.TeamsOf(u));
            Assert.Equal(new[] { "u leave B" }, w.LogRows().Select(r => Describe(w, r)));
        }

        [Fact]
        public void ChangingADirectionToBidirectionalAddsTheChildrensMembersToTheParentAndSiblings()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            var g = w.OneWay(a, b, c);
            var parentMember = w.User("parentMember");
            var childMember = w.User("childMember");
            w.Seed(parentMember, a, false);
            w.Seed(parentMember, b, true);
            w.Seed(parentMember, c, true);
            w.Seed(childMember, b, false);

            Update(w, new Entity("nw_teamsyncgroup", g) { ["nw_syncdirection"] = new OptionSetValue(2) });

            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(parentMember));
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(childMember));
            Assert.Equal(new[] { "childMember join B > A", "childMember join B > A > C" }, w.LogRows().Select(r => Describe(w, r)));
            Assert.Null(w.ExecutionsOf<ConfigurationReconcilePlugin>().Single().Error);
        }

        [Fact]
        public void MovingALinksChildToAnotherTeamMovesItsSyncMembersEvenFromATeamNoRecordNamesAnyMore()
        {
            var w = new World();
            var a = w.Team("A");
            var x = w.Team("X");
            var y = w.Team("Y");
            var member = w.Member(w.Config(a), x);
            var u = w.User("u");
            w.Seed(u, a, false);
            w.Seed(u, x, true);

            Update(w, new Entity("nw_teamsyncmember", member) { ["nw_childteamid"] = new EntityReference("team", y) });

            Assert.Equal(new[] { "A", "Y" }, w.TeamsOf(u));
            Assert.Equal(new[] { "u join A > Y", "u leave X" }, w.LogRows().Select(r => Describe(w, r)));
            // X is named only by the pre-image: one more query reads it (links, X, memberships, provenance).
            Assert.Equal(4, w.ExecutionsOf<ConfigurationReconcilePlugin>().Single().Queries);
        }

        [Fact]
        public void AnOrderChangeOfAnInactiveMemberReadsTheConfigurationOnlyAndChangesNothing()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var member = w.Member(w.Config(a), b, 10, active: false);
            var u = w.User("u");
            w.Seed(u, a, false);

            Update(w, new Entity("nw_teamsyncmember", member) { ["nw_syncorder"] = 20 });

            var run = w.ExecutionsOf<ConfigurationReconcilePlugin>().Single();
            Assert.Equal(1, run.Queries);
            Assert.Empty(run.Calls);
            Assert.Contains("links no team", run.Trace.Last());
            Assert.Equal(new[] { "A" }, w.TeamsOf(u));
        }

        [Fact]
        public void AConditionalLinkAddsOnlyRoleHoldersInFourQueriesWhateverTheNumberOfMembers()
        {
            var w = new World();
            var cl = w.Team("CL");
            var pw = w.Team("PW");
            var aq = w.Team("AQ");
            var unrelated = w.Team("Elsewhere");
            var slo = w.Role("SLO", w.Role("SLO root"));
            var g = w.Config(cl);
            w.Member(g, pw, 10);
            const int users = 300;
            for (var i = 0; i < users; i++)
            {
                var u = w.User("u" + i);
                w.Seed(u, cl, false);
                w.Seed(u, pw, true);
                w.Seed(u, unrelated, false);
                if (i % 3 == 0)
                {
                    w.Organization.InsertUserRole(u, slo);
                }
            }

            CreateMember(w, g, aq, 40, slo);

            var run = w.ExecutionsOf<ConfigurationReconcilePlugin>().Single();
            _output.WriteLine($"configuration reconcile, {users} members, conditional link: queries={run.Queries} adds={run.CallCount("AddMembersTeam")} log writes={run.CallCount("CreateMultiple")}");
            Assert.Equal(4, run.Queries);
            Assert.Equal(1, run.CallCount("AddMembersTeam"));
            Assert.Equal(1, run.CallCount("CreateMultiple"));
            Assert.Equal(users / 3, w.Organization.Rows("teammembership").Count(m => (Guid)m["teamid"] == aq));
        }

        [Fact]
        public void AChangeCutShortByTheTimeBudgetLogsWhatItDidAndAFollowUpJobFinishes()
        {
            var w = new World(configurationReconcileConfiguration: "budgetSeconds=0");
            var a = w.Team("A");
            var d = w.Team("D");
            var b = w.Team("B");
            var g = w.Config(a);
            w.Member(g, b, 10);
            // D has more children than one batch has calls: the budget, spent at once, stops after the first batch.
            var gd = w.Config(d);
            for (var i = 0; i < ReconcileSettings.DefaultBatchCalls + 5; i++)
            {
                w.Member(gd, w.Team("D" + i.ToString("00")), i);
            }

            var u = w.User("u");
            w.Seed(u, a, false);
            w.Seed(u, b, true);
            w.Pipeline.HoldAsync = true;

            CreateMember(w, g, d, 30);
            w.Pipeline.RunPending(w.Pipeline.Pending.FindIndex(j => j.Step.Plugin is ConfigurationReconcilePlugin));

            var run = w.ExecutionsOf<ConfigurationReconcilePlugin>().Single();
            Assert.Equal(ReconcileSettings.DefaultBatchCalls, run.CallCount("AddMembersTeam"));
            Assert.Contains(run.Trace, t => t.Contains("6 operation(s) of 1 user(s) left to a follow-up job"));
            Assert.Equal(ReconcileSettings.DefaultBatchCalls, w.LogRows().Count(r => r.Outcome == Outcome.Done));
            var continuation = w.LogRows().Single(r => r.Outcome == Outcome.Skipped);
            Assert.Equal(LogTexts.ReconcileContinuation, continuation.Error);

            w.Pipeline.DrainPending(new Random(7));
            Assert.Equal(3 + ReconcileSettings.DefaultBatchCalls + 5, w.TeamsOf(u).Count);
            Assert.Equal(0, (int)w.AsAdmin.Execute(new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "report" })["Adds"]);
        }

        [Fact]
        public void ATeamLargerThanAQueryPageIsReconciledWhole()
        {
            var w = new World();
            var a = w.Team("A");
            var d = w.Team("D");
            var g = w.Config(a);
            w.Member(g, w.Team("B"), 10);
            const int users = 5100;
            for (var i = 0; i < users; i++)
            {
                w.Seed(w.User("u" + i), a, false);
            }

            var clock = Stopwatch.StartNew();
            CreateMember(w, g, d, 30);
            clock.Stop();

            var run = w.ExecutionsOf<ConfigurationReconcilePlugin>().Single();
            _output.WriteLine($"configuration reconcile, {users} members: queries={run.Queries} adds={run.CallCount("AddMembersTeam")} wall={clock.ElapsedMilliseconds} ms");
            Assert.Equal(users, w.Organization.Rows("teammembership").Count(m => (Guid)m["teamid"] == d));
            Assert.Equal(users, w.LogRows().Count);
            // Links, two pages of memberships, provenance: no query lists users, so size costs pages only.
            Assert.Equal(4, run.Queries);
        }
    }
}
