using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// The Team (with sync) form carries the control's count of unsaved edits in a column so it warns before it is
    /// left with them; saving the form sends that column, which no team stores.
    /// </summary>
    public sealed class UnsavedEditsColumnTests
    {
        private static void Update(World w, Entity target) => w.AsAdmin.Execute(new OrganizationRequest(Schema.Messages.Update) { [Schema.Parameters.Target] = target });

        [Fact]
        public void SavingTheFormWithUnsavedEditsStoresTheTeamsOwnChangesButNotTheCount()
        {
            var w = new World();
            var team = w.Team("Commercial Lending");

            Update(w, new Entity(Schema.Team.Entity, team) { [Schema.Team.Name] = "Commercial Lending Team", [Schema.Team.UnsavedEdits] = 3 });

            var stored = w.Organization.Get(Schema.Team.Entity, team);
            Assert.Equal("Commercial Lending Team", stored[Schema.Team.Name]);
            Assert.False(stored.Contains(Schema.Team.UnsavedEdits));
            var run = Assert.Single(w.ExecutionsOf<UnsavedEditsColumnPlugin>());
            Assert.Equal(0, run.Queries);
            Assert.Contains(run.Trace, t => t.Contains("not stored"));
        }

        [Fact]
        public void AFormSavingOnlyTheCountChangesNothing()
        {
            var w = new World();
            var team = w.Team("Reporting Access");

            Update(w, new Entity(Schema.Team.Entity, team) { [Schema.Team.UnsavedEdits] = 1 });

            Assert.False(w.Organization.Get(Schema.Team.Entity, team).Contains(Schema.Team.UnsavedEdits));
        }

        [Fact]
        public void AnUpdateThatDoesNotSetTheCountDoesNotRunTheStep()
        {
            var w = new World();
            var team = w.Team("Document Library");

            Update(w, new Entity(Schema.Team.Entity, team) { [Schema.Team.Name] = "Document Library (archive)" });

            Assert.Empty(w.ExecutionsOf<UnsavedEditsColumnPlugin>());
            Assert.Equal("Document Library (archive)", w.Organization.Get(Schema.Team.Entity, team)[Schema.Team.Name]);
        }
    }
}
