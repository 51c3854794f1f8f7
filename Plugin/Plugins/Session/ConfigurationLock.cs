using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Serialises configuration writes: before validating, a write takes the row lock of every configuration (an
    /// update of its name to itself, which no TeamSync step filters on), in id order so that two writes never wait for
    /// each other in a circle. The locks last until the write's transaction ends, so a second write validates only
    /// once the first is committed, against a configuration that includes it: two writes valid alone and invalid
    /// together cannot both land. A write creating the first configuration has nothing to wait for, and links nothing.
    /// </summary>
    public static class ConfigurationLock
    {
        public static int Take(IOrganizationService service)
        {
            var query = new QueryExpression(Schema.Group.Entity) { ColumnSet = new ColumnSet(Schema.Group.Id, Schema.Group.Name) };
            query.AddOrder(Schema.Group.Id, OrderType.Ascending);
            var groups = QueryPager.RetrieveAll(service, query).OrderBy(g => g.Id).ToList();
            foreach (var group in groups)
            {
                var update = new OrganizationRequest(Schema.Messages.Update)
                {
                    [Schema.Parameters.Target] = new Entity(Schema.Group.Entity, group.Id) { [Schema.Group.Name] = group.GetAttributeValue<string>(Schema.Group.Name) },
                };
                SyncMarker.Mark(update);
                service.Execute(update);
            }
            return groups.Count;
        }
    }
}
