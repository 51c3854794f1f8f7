using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// As on the platform, a request and its synchronous steps are one transaction: when a step fails after the core
    /// operation (a refusal, the sandbox stopping it), every write of the request rolls back and nothing it would have
    /// queued runs.
    /// </summary>
    public sealed class TransactionRollbackTests
    {
        [Fact]
        public void AJoinWhoseSynchronousStepIsStoppedNeverHappened()
        {
            var w = new World();
            var cl = w.Team("Commercial Lending");
            var pw = w.Team("Private Workspace");
            w.OneWay(cl, pw);
            var bianca = w.User("Bianca");
            // The synchronous step logs the join, then the sandbox ends it.
            w.Pipeline.StopAfterCall = r => r.Plugin == nameof(MembershipPropagationPlugin) && r.Context.Mode == 0 && r.Calls.ContainsKey("CreateMultiple");

            Assert.Throws<ExecutionStopped>(() => w.AddMembers(cl, bianca));

            Assert.Empty(w.TeamsOf(bianca));
            Assert.Empty(w.AllLogRows());
            Assert.Empty(w.Organization.History);
            Assert.Empty(w.Propagations());
        }

        [Fact]
        public void ACreateMultipleWithOneRefusedLinkCreatesNoneOfThem()
        {
            var w = new World();
            var a = w.Team("Alpha");
            var b = w.Team("Beta");
            var c = w.Team("Gamma");
            var ga = w.Config(a);
            w.Member(ga, b);
            var gb = w.Config(b);
            var before = w.Organization.Rows("nw_teamsyncmember").Count();
            var links = new EntityCollection { EntityName = "nw_teamsyncmember" };
            links.Entities.Add(Link(ga, c));
            links.Entities.Add(Link(gb, a));

            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(new OrganizationRequest("CreateMultiple") { ["Targets"] = links }));

            Assert.StartsWith("TeamSync refused this change: ", error.Message);
            Assert.Equal(before, w.Organization.Rows("nw_teamsyncmember").Count());
        }

        private static Entity Link(System.Guid group, System.Guid child) => new Entity("nw_teamsyncmember")
        {
            ["nw_name"] = child.ToString(),
            ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
            ["nw_childteamid"] = World.TeamRef(child),
        };
    }
}
