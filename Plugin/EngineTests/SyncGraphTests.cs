using Xunit;

namespace TeamSync.Engine.Tests
{
    public class SyncGraphTests
    {
        [Fact]
        public void EntraGroupAndDefaultTeamsAreManagedOthersAreNot()
        {
            var graph = new ModelBuilder().Team("owner", 0).Team("access", 1).Team("security", 2).Team("office", 3).Team("bu", 0, isDefault: true).Graph();

            Assert.False(graph.IsManaged("owner"));
            Assert.False(graph.IsManaged("access"));
            Assert.True(graph.IsManaged("security"));
            Assert.True(graph.IsManaged("office"));
            Assert.True(graph.IsManaged("bu"));
            Assert.False(graph.IsManaged("unknown"));
            Assert.True(graph.TeamExists("bu"));
            Assert.False(graph.TeamExists("unknown"));
        }

        [Fact]
        public void HasConditionsOnlyWhenAnEdgeCarriesARole()
        {
            var plain = new ModelBuilder().Teams("A", "B").OneWay("A", "B");
            Assert.False(plain.Graph().HasConditions);

            var conditional = new ModelBuilder().Teams("A", "B").Member(SyncDirection.OneWay, "A", "B", null, "R");
            Assert.True(conditional.Graph().HasConditions);

            var inactive = new ModelBuilder().Teams("A", "B").Member(SyncDirection.OneWay, "A", "B", null, "R");
            inactive.Build().Configs[0].Members[0].Active = false;
            Assert.False(inactive.Graph().HasConditions);
        }

        [Fact]
        public void DuplicateTeamIdsKeepTheFirstRecord()
        {
            var model = new ModelBuilder().Team("A", 0).Team("A", 2).Build();

            Assert.False(SyncGraph.Build(model).IsManaged("A"));
        }
    }
}
