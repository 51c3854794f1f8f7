using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// QueryExpression over in-memory rows: conditions (Equal, NotEqual, In, Null, NotNull), inner and left outer links
    /// (nested, with link criteria, columns returned as AliasedValue "alias.column"), orders and paging.
    /// </summary>
    public static class QueryEvaluator
    {
        public static EntityCollection Evaluate(QueryExpression query, Func<string, IEnumerable<Entity>> rowsOf)
        {
            var joined = rowsOf(query.EntityName).Where(r => Matches(r, query.Criteria))
                .Select(r => new Dictionary<string, Entity?> { [string.Empty] = r }).ToList();
            foreach (var link in query.LinkEntities)
            {
                joined = Join(joined, link, string.Empty, rowsOf);
            }

            IEnumerable<Dictionary<string, Entity?>> ordered = joined;
            foreach (var order in query.Orders.Reverse())
            {
                ordered = order.OrderType == OrderType.Ascending
                    ? ordered.OrderBy(j => Get(j[string.Empty]!, order.AttributeName), Comparer<object?>.Create(Values.Compare))
                    : ordered.OrderByDescending(j => Get(j[string.Empty]!, order.AttributeName), Comparer<object?>.Create(Values.Compare));
            }
            var all = ordered.ToList();
            if (query.Distinct)
            {
                all = all.GroupBy(j => string.Join("|", Project(j, query).Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Values.Normalize(a.Value is AliasedValue v ? v.Value : a.Value)))).Select(g => g.First()).ToList();
            }

            var page = all;
            var more = false;
            if (query.PageInfo != null && query.PageInfo.Count > 0)
            {
                var skip = (Math.Max(1, query.PageInfo.PageNumber) - 1) * query.PageInfo.Count;
                page = all.Skip(skip).Take(query.PageInfo.Count).ToList();
                more = all.Count > skip + page.Count;
            }
            var result = new EntityCollection { EntityName = query.EntityName, MoreRecords = more, PagingCookie = more ? "page" : null };
            foreach (var row in page)
            {
                result.Entities.Add(Project(row, query));
            }

            return result;
        }

        private static List<Dictionary<string, Entity?>> Join(List<Dictionary<string, Entity?>> joined, LinkEntity link, string fromAlias, Func<string, IEnumerable<Entity>> rowsOf)
        {
            var alias = link.EntityAlias ?? link.LinkToEntityName;
            var candidates = rowsOf(link.LinkToEntityName).Where(r => Matches(r, link.LinkCriteria)).ToList();
            var result = new List<Dictionary<string, Entity?>>();
            foreach (var row in joined)
            {
                var from = row[fromAlias];
                var key = from == null ? null : Get(from, link.LinkFromAttributeName);
                var matches = key == null ? new List<Entity>() : candidates.Where(c => Values.Same(Get(c, link.LinkToAttributeName), key)).ToList();
                if (matches.Count == 0 && link.JoinOperator == JoinOperator.LeftOuter)
                {
                    matches.Add(null!);
                }

                foreach (var match in matches)
                {
                    result.Add(new Dictionary<string, Entity?>(row) { [alias] = match });
                }
            }
            foreach (var nested in link.LinkEntities)
            {
                result = Join(result, nested, alias, rowsOf);
            }

            return result;
        }

        private static Entity Project(Dictionary<string, Entity?> joined, QueryExpression query)
        {
            var root = joined[string.Empty]!;
            var entity = new Entity(root.LogicalName, root.Id);
            foreach (var attribute in root.Attributes)
            {
                if (query.ColumnSet.AllColumns || query.ColumnSet.Columns.Contains(attribute.Key))
                {
                    entity[attribute.Key] = attribute.Value;
                }
            }
            foreach (var link in Flatten(query.LinkEntities))
            {
                var alias = link.EntityAlias ?? link.LinkToEntityName;
                if (!joined.TryGetValue(alias, out var linked) || linked == null)
                {
                    continue;
                }

                foreach (var column in link.Columns.Columns)
                {
                    if (linked.Contains(column))
                    {
                        entity[alias + "." + column] = new AliasedValue(link.LinkToEntityName, column, linked[column]);
                    }
                }
            }
            return entity;
        }

        private static IEnumerable<LinkEntity> Flatten(IEnumerable<LinkEntity> links)
        {
            foreach (var link in links)
            {
                yield return link;
                foreach (var nested in Flatten(link.LinkEntities))
                {
                    yield return nested;
                }
            }
        }

        private static object? Get(Entity row, string attribute) => row.Contains(attribute) ? row[attribute] : null;

        private static bool Matches(Entity row, FilterExpression filter)
        {
            foreach (var condition in filter.Conditions)
            {
                var value = Get(row, condition.AttributeName);
                var ok = condition.Operator switch
                {
                    ConditionOperator.Equal => Values.Same(value, condition.Values[0]),
                    ConditionOperator.NotEqual => !Values.Same(value, condition.Values[0]),
                    ConditionOperator.In => condition.Values.Any(v => Values.Same(value, v)),
                    ConditionOperator.Null => value == null,
                    ConditionOperator.NotNull => value != null,
                    _ => throw new NotSupportedException(condition.Operator.ToString()),
                };
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
