using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>The team columns every reader links to, and how to read them back from a row.</summary>
    public static class TeamColumns
    {
        public static ColumnSet Set() => new ColumnSet(Schema.Team.Id, Schema.Team.Name, Schema.Team.TeamType, Schema.Team.IsDefault);

        public static LinkEntity Link(string fromEntity, string fromAttribute, string alias, JoinOperator join)
        {
            return new LinkEntity(fromEntity, Schema.Team.Entity, fromAttribute, Schema.Team.Id, join)
            {
                EntityAlias = alias,
                Columns = Set(),
            };
        }

        /// <summary>The linked team, or null when the outer link found none (the team does not exist).</summary>
        public static TeamFacts? FromLink(Entity row, string alias)
        {
            var id = row.GetAttributeValue<AliasedValue>(alias + "." + Schema.Team.Id)?.Value;
            if (!(id is System.Guid teamId))
            {
                return null;
            }

            return new TeamFacts(
                Ids.Of(teamId),
                Aliased.Get<string>(row, alias, Schema.Team.Name) ?? string.Empty,
                Aliased.GetChoice(row, alias, Schema.Team.TeamType, 0),
                Aliased.GetBool(row, alias, Schema.Team.IsDefault));
        }

        public static TeamFacts FromRow(Entity team)
        {
            return new TeamFacts(
                Ids.Of(team.Id),
                team.GetAttributeValue<string>(Schema.Team.Name) ?? string.Empty,
                team.GetAttributeValue<OptionSetValue>(Schema.Team.TeamType)?.Value ?? 0,
                team.GetAttributeValue<bool>(Schema.Team.IsDefault));
        }
    }
}
