using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>Behaviours 6 and 7: server-side validation of configuration writes, and no privilege escalation.</summary>
    public sealed class ConfigurationValidationTests
    {
        private static Guid CreateGroup(IOrganizationService service, Guid parent, int direction = 1)
        {
            return service.Create(new Entity("nw_teamsyncgroup")
            {
                ["nw_name"] = "g",
                ["nw_parentteamid"] = new EntityReference("team", parent),
                ["nw_syncdirection"] = new OptionSetValue(direction),
            });
        }

        private static Guid CreateMember(IOrganizationService service, Guid group, Guid child, Guid? role = null)
        {
            var member = new Entity("nw_teamsyncmember")
            {
                ["nw_name"] = "m",
                ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
                ["nw_childteamid"] = new EntityReference("team", child),
            };
            if (role.HasValue)
            {
                member["nw_requiredroleid"] = new EntityReference("role", role.Value);
            }

            return service.Create(member);
        }

        [Fact]
        public void AWriteThatClosesAOneWayCycleIsRefusedNamingTheCodeAndTeams()
        {
            var w = new World();
            var a = w.Team("Alpha");
            var b = w.Team("Beta");
            var c = w.Team("Gamma");
            w.OneWay(a, b);
            w.OneWay(b, c);
            var gc = CreateGroup(w.AsAdmin, c);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => CreateMember(w.AsAdmin, gc, a));

            Assert.StartsWith("TeamSync refused this change: cycle (", error.Message);
            foreach (var name in new[] { "Alpha", "Beta", "Gamma" })
            {
                Assert.Contains(name, error.Message);
            }

            Assert.DoesNotContain(w.Organization.Rows("nw_teamsyncmember"), m => m.GetAttributeValue<EntityReference>("nw_teamsyncgroupid").Id == gc);
        }

        [Fact]
        public void WarningsNeverRefuse()
        {
            var w = new World();
            var a = w.Team("A");
            // An empty configuration warns (empty-configuration) and is saved all the same.
            var g = CreateGroup(w.AsAdmin, a);
            Assert.True(w.Organization.Exists("nw_teamsyncgroup", g));
        }

        [Fact]
        public void ADirectionConflictByUpdateIsRefused()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var c = w.Team("C");
            w.OneWay(a, b);
            var gb = w.Config(b);
            var m = w.Member(gb, c);

            var error = Assert.Throws<InvalidPluginExecutionException>(() =>
                w.AsAdmin.Execute(new OrganizationRequest("Update") { ["Target"] = new Entity("nw_teamsyncmember", m) { ["nw_childteamid"] = new EntityReference("team", a) } }));

            Assert.Contains("direction-conflict (", error.Message);
            Assert.Equal(c, w.Organization.Get("nw_teamsyncmember", m).GetAttributeValue<EntityReference>("nw_childteamid").Id);
        }

        [Fact]
        public void ActivatingAMemberIsValidatedLikeCreatingIt()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            var inactive = w.Member(w.Config(b), a, active: false);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(Requests.SetState("nw_teamsyncmember", inactive, active: true)));

            Assert.Contains("direction-conflict", error.Message);
        }

        [Fact]
        public void ErrorsAlreadyThereDoNotBlockAnUnrelatedChange()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            w.OneWay(a, b);
            w.OneWay(b, a);
            var x = w.Team("X");
            var y = w.Team("Y");

            CreateMember(w.AsAdmin, CreateGroup(w.AsAdmin, x), y);

            Assert.Equal(3, w.Organization.Rows("nw_teamsyncmember").Count());
        }

        [Fact]
        public void ADefaultBusinessUnitTeamAsChildIsRefused()
        {
            var w = new World();
            var a = w.Team("A");
            var bu = w.Team("Contoso default", isDefault: true);
            var g = CreateGroup(w.AsAdmin, a);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => CreateMember(w.AsAdmin, g, bu));

            Assert.Contains("managed-team-target (", error.Message);
            Assert.Contains("Contoso default", error.Message);
        }

        [Fact]
        public void AMissingRoleIsRefused()
        {
            var w = new World();
            var a = w.Team("A");
            var b = w.Team("B");
            var g = CreateGroup(w.AsAdmin, a);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => CreateMember(w.AsAdmin, g, b, Guid.NewGuid()));

            Assert.Contains("missing-role", error.Message);
        }

        [Fact]
        public void ConfiguringMyTeamToSyncIntoTheAdministratorsTeamIsRefused()
        {
            var w = new World();
            var me = w.User("Mallory");
            var mine = w.Team("Mallory's team", administrator: me);
            var alsoMine = w.Team("Mallory's other team", administrator: me);
            var admins = w.Team("Administrators");
            var asMe = w.Pipeline.ServiceFor(me);
            var g = CreateGroup(asMe, mine);
            CreateMember(asMe, g, alsoMine);

            var error = Assert.Throws<InvalidPluginExecutionException>(() => CreateMember(asMe, g, admins));

            Assert.Contains("you cannot manage the members of Administrators", error.Message);
            Assert.Single(w.Organization.Rows("nw_teamsyncmember"));
        }

        [Fact]
        public void MakingAConfigurationBidirectionalNeedsAccessToItsParentToo()
        {
            var w = new World();
            var me = w.User("Mallory");
            var admins = w.Team("Administrators");
            var mine = w.Team("Mallory's team", administrator: me);
            var g = w.Config(admins);
            w.Member(g, mine);
            var asMe = w.Pipeline.ServiceFor(me);

            var error = Assert.Throws<InvalidPluginExecutionException>(() =>
                asMe.Execute(new OrganizationRequest("Update") { ["Target"] = new Entity("nw_teamsyncgroup", g) { ["nw_syncdirection"] = new OptionSetValue(2) } }));

            Assert.Contains("Administrators", error.Message);
            Assert.DoesNotContain("Mallory's team", error.Message);
        }

        [Fact]
        public void DeactivatingNeedsNoAccess()
        {
            var w = new World();
            var me = w.User("Mallory");
            var admins = w.Team("Administrators");
            var g = w.Config(w.Team("Mallory's team", administrator: me));
            var m = w.Member(g, admins);

            w.Pipeline.ServiceFor(me).Execute(Requests.SetState("nw_teamsyncmember", m, active: false));

            Assert.Equal(1, w.Organization.Get("nw_teamsyncmember", m).GetAttributeValue<OptionSetValue>("statecode").Value);
        }
        [Fact]
        public void DeletingALinkThatGivesAccessIsRefusedNamingItsTeams()
        {
            var w = new World();
            var g = w.Config(w.Team("Lending"));
            var m = w.Member(g, w.Team("Credit Risk"));

            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(Requests.Delete("nw_teamsyncmember", m)));

            Assert.Equal("TeamSync refused this change: the record links Lending, Credit Risk. Deactivate it instead: TeamSync then removes the access it gave and keeps the record that explains that access.", error.Message);
            Assert.True(w.Organization.Exists("nw_teamsyncmember", m));
        }

        [Fact]
        public void DeletingAnActiveConfigurationIsRefusedBeforeItsMembersAreTouched()
        {
            var w = new World();
            var g = w.Config(w.Team("Lending"));
            var m = w.Member(g, w.Team("Credit Risk"));

            var error = Assert.Throws<InvalidPluginExecutionException>(() => w.AsAdmin.Execute(Requests.Delete("nw_teamsyncgroup", g)));

            Assert.Contains("Lending, Credit Risk", error.Message);
            Assert.True(w.Organization.Exists("nw_teamsyncgroup", g));
            Assert.True(w.Organization.Exists("nw_teamsyncmember", m));
        }

        [Fact]
        public void RecordsThatLinkNothingCanBeDeleted()
        {
            var w = new World();
            var lending = w.Team("Lending");
            var inactiveLink = w.Member(w.Config(lending), w.Team("Credit Risk"), active: false);
            var inactiveGroup = w.Config(lending, active: false);
            var underInactive = w.Member(inactiveGroup, w.Team("Treasury"));
            var empty = w.Config(w.Team("Empty"));

            w.AsAdmin.Execute(Requests.Delete("nw_teamsyncmember", inactiveLink));
            w.AsAdmin.Execute(Requests.Delete("nw_teamsyncgroup", inactiveGroup));
            w.AsAdmin.Execute(Requests.Delete("nw_teamsyncgroup", empty));

            Assert.False(w.Organization.Exists("nw_teamsyncmember", inactiveLink));
            Assert.False(w.Organization.Exists("nw_teamsyncgroup", inactiveGroup));
            Assert.False(w.Organization.Exists("nw_teamsyncmember", underInactive));
            Assert.False(w.Organization.Exists("nw_teamsyncgroup", empty));
        }
        [Fact]
        public void ALinkIsRefusedWhilePropagationStepsAreMissingOrOff()
        {
            var w = new World();
            w.Pipeline.Disable(typeof(MembershipPropagationPlugin), "AddMembers");
            w.Pipeline.Disable(typeof(RoleChangeReconcilePlugin), "Disassociate");
            var g = CreateGroup(w.AsAdmin, w.Team("Lending"));

            var error = Assert.Throws<InvalidPluginExecutionException>(() => CreateMember(w.AsAdmin, g, w.Team("Credit Risk")));

            Assert.Equal("TeamSync refused this change: joins and leaves are not propagated in this environment, so this link would not be enforced. "
                + "Missing or turned off: MembershipPropagationPlugin on AddMembers (synchronous), MembershipPropagationPlugin on AddMembers (asynchronous), "
                + "RoleChangeReconcilePlugin on Disassociate (asynchronous). Select Turn on propagation in the TeamSync control on the Team form "
                + "(or register these steps as the install guide says in section 3), then save again.", error.Message);
            Assert.Empty(w.Organization.Rows("nw_teamsyncmember"));
        }

        [Fact]
        public void WithPropagationOffALinkCanStillBeTurnedOff()
        {
            var w = new World();
            var m = w.Member(w.Config(w.Team("Lending")), w.Team("Credit Risk"));
            w.Pipeline.Disable(typeof(MembershipPropagationPlugin), "Associate");

            w.AsAdmin.Execute(Requests.SetState("nw_teamsyncmember", m, active: false));

            Assert.Equal(1, w.Organization.Get("nw_teamsyncmember", m).GetAttributeValue<OptionSetValue>("statecode").Value);
        }

    }
}
