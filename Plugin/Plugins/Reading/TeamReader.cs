using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>The facts of some teams, in one query: what a log row needs to name them.</summary>
    public static class TeamReader
    {
        public static TeamDirectory Read(IOrganizationService service, IReadOnlyCollection<string> teams)
        {
            var directory = new TeamDirectory();
            if (teams.Count == 0)
            {
                return directory;
            }

            var query = new QueryExpression(Schema.Team.Entity) { ColumnSet = TeamColumns.Set() };
            query.Criteria.AddCondition(Schema.Team.Id, ConditionOperator.In, teams.Select(t => (object)Ids.Parse(t)).ToArray());
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                directory.Add(TeamColumns.FromRow(row));
            }

            return directory;
        }
    }
}
