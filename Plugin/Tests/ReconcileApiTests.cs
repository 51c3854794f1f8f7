using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>Behaviour 8: the nw_ReconcileTeamSync Custom API.</summary>
    public sealed class ReconcileApiTests
    {
        private static OrganizationResponse Call(World w, string mode, string? token = null, Guid? team = null, Guid? user = null)
        {
            var request = new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = mode };
            if (token != null)
            {
                request["PageToken"] = token;
            }

            if (team.HasValue)
            {
                request["TeamId"] = team.Value;
            }

            if (user.HasValue)
            {
                request["UserId"] = user.Value;
            }

            return w.AsAdmin.Execute(request);
        }

        private static (World W, Guid A, Guid B, Guid C, Guid U1, Guid U2) Drifted(string? configuration = null)
        {
            var w = new World(reconcileConfiguration: configuration);
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            w.OneWay(a, b, c);
            var u1 = w.User("u1");
            var u2 = w.User("u2");
            w.Seed(u1, a, false);
            w.Seed(u2, a, false);
            w.Seed(u2, b, true);
            return (w, a, b, c, u1, u2);
        }

        [Fact]
        public void ReportListsTheOperationsWithTheirViaAndChangesNothing()
        {
            var (w, a, _, c, u1, u2) = Drifted();

            var response = Call(w, "report");

            Assert.Equal(3, response["Adds"]);
            Assert.Equal(0, response["Removes"]);
            Assert.Equal(0, response["Failed"]);
            Assert.Equal(string.Empty, response["NextPageToken"]);
            var report = (string)response["Report"];
            Assert.Contains("\"op\":\"add\",\"user\":\"" + u2.ToString("D") + "\",\"team\":\"" + c.ToString("D") + "\"", report);
            Assert.Contains("\"via\":[\"" + a.ToString("D") + "\",\"" + c.ToString("D") + "\"],\"path\":\"A > C\",\"outcome\":\"planned\"", report);
            Assert.Equal(new[] { "A" }, w.TeamsOf(u1));
            Assert.Empty(w.LogRows());
        }

        [Fact]
        public void ApplyMakesTheChangesAndLogsThemAsSync()
        {
            var (w, _, _, _, u1, u2) = Drifted();

            var response = Call(w, "apply");

            Assert.Equal(3, response["Adds"]);
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u1));
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u2));
            Assert.All(w.LogRows(), r => Assert.True(r.BySync));
            Assert.Equal(0, Call(w, "report")["Adds"]);
        }

        [Fact]
        public void PagesResumeFromTheToken()
        {
            var (w, _, _, _, u1, u2) = Drifted("pageSize=1;budgetSeconds=60");
            var first = Call(w, "apply");
            var token = (string)first["NextPageToken"];
            Assert.NotEqual(string.Empty, token);
            var second = Call(w, "apply", token);

            Assert.Equal(string.Empty, second["NextPageToken"]);
            Assert.Equal(3, (int)first["Adds"] + (int)second["Adds"]);
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u1));
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u2));
        }

        [Fact]
        public void ATimeBudgetSpentStopsAfterAUserAndTheTokenResumes()
        {
            var (w, _, _, _, u1, u2) = Drifted("pageSize=100;budgetSeconds=0");
            var first = Call(w, "apply");
            var token = (string)first["NextPageToken"];
            var firstUser = new[] { u1, u2 }.Select(u => u.ToString("D")).OrderBy(u => u, StringComparer.Ordinal).First();
            Assert.Equal(firstUser, token);

            var second = Call(w, "apply", token);

            Assert.Equal(string.Empty, second["NextPageToken"]);
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u1));
            Assert.Equal(new[] { "A", "B", "C" }, w.TeamsOf(u2));
        }

        [Fact]
        public void ATeamLimitsTheUsersToItsConnectedTeams()
        {
            var (w, a, _, _, _, _) = Drifted();
            var x = w.Team("X");
            var y = w.Team("Y");
            w.OneWay(x, y);
            var other = w.User("other");
            w.Seed(other, x, false);

            var response = Call(w, "report", team: a);

            Assert.Equal(3, response["Adds"]);
            Assert.DoesNotContain(other.ToString("D"), (string)response["Report"]);
            Assert.Equal(1, Call(w, "report", user: other)["Adds"]);
        }

        [Fact]
        public void ASyncMembershipOfATeamNowManagedIsSkippedAndLogged()
        {
            var w = new World();
            var entra = w.Team("Was an owner team", type: 2);
            var u = w.User("u");
            // The sync put u there while a link existed; the link is gone and the team is an Entra group now.
            w.Seed(u, entra, true);

            var response = Call(w, "apply");

            Assert.Equal(0, response["Removes"]);
            Assert.Contains("\"outcome\":\"skipped\"", (string)response["Report"]);
            var row = w.LogRows().Single();
            Assert.Equal(Outcome.Skipped, row.Outcome);
            Assert.Equal(new[] { "Was an owner team" }, w.TeamsOf(u));
        }

        [Fact]
        public void AnUnknownModeIsRefused()
        {
            var w = new World();
            Assert.Throws<InvalidPluginExecutionException>(() => Call(w, "fix"));
        }
    }
}
