using System.Linq;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>Behaviour 1 (roles): gaining or losing a security role reconciles that user when a link has a condition.</summary>
    public sealed class RoleChangeReconcileTests
    {
        [Fact]
        public void LosingAndGainingTheConditionsRoleRemovesAndAddsTheConditionalTeam()
        {
            var w = new World();
            var cl = w.Team("CL");
            var pw = w.Team("PW");
            var aq = w.Team("AQ");
            var slo = w.Role("SLO");
            var g = w.Config(cl);
            w.Member(g, pw, 10);
            w.Member(g, aq, 40, slo);
            var u = w.User("u");
            w.Organization.InsertUserRole(u, slo);
            w.Seed(u, cl, false);
            w.Seed(u, pw, true);
            w.Seed(u, aq, true);

            w.Disassociate("systemuserroles_association", World.UserRef(u), new Microsoft.Xrm.Sdk.EntityReference("role", slo));
            Assert.Equal(new[] { "CL", "PW" }, w.TeamsOf(u));

            w.Associate("systemuserroles_association", new Microsoft.Xrm.Sdk.EntityReference("role", slo), World.UserRef(u));
            Assert.Equal(new[] { "AQ", "CL", "PW" }, w.TeamsOf(u));

            var runs = w.ExecutionsOf<RoleChangeReconcilePlugin>().Where(r => r.Calls.Count > 0).ToList();
            Assert.Equal(2, runs.Count);
            Assert.All(runs, r => Assert.Equal(4, r.Queries));
        }

        [Fact]
        public void WithoutConditionsARoleChangeCostsOneQueryAndChangesNothing()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var u = w.User("u");
            w.Seed(u, a, false);
            var role = w.Role("Any");

            w.Associate("systemuserroles_association", World.UserRef(u), new Microsoft.Xrm.Sdk.EntityReference("role", role));

            var run = w.ExecutionsOf<RoleChangeReconcilePlugin>().Single();
            Assert.Equal(1, run.Queries);
            Assert.Empty(run.Calls);
            Assert.Equal(new[] { "A" }, w.TeamsOf(u));
        }
    }
}
