using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// The organization's data and the platform's core operations on it: tables of records, team membership and
    /// users' roles as the platform's intersect tables, with the platform's faults (duplicate associate, missing
    /// record, hand changes to managed teams). No plug-ins run here: <see cref="Pipeline"/> wraps these operations.
    /// </summary>
    public sealed class InMemoryOrganization
    {
        private readonly Dictionary<string, Dictionary<Guid, Entity>> _tables = new Dictionary<string, Dictionary<Guid, Entity>>();
        private readonly HashSet<(Guid Team, Guid User)> _members = new HashSet<(Guid, Guid)>();
        private readonly HashSet<(Guid User, Guid Role)> _userRoles = new HashSet<(Guid, Guid)>();
        private DateTime _clock = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>Who the core operation now running runs as: what <see cref="History"/> records.</summary>
        public Guid Actor { get; set; }

        /// <summary>Every membership that changed through a request, in order, with who made the change.</summary>
        public List<(Guid Team, Guid User, bool Joined, Guid Actor)> History { get; } = new List<(Guid, Guid, bool, Guid)>();

        /// <summary>
        /// Where the core operation now running records how to take its writes back: its transaction's, so that a
        /// failure later in the transaction (a synchronous step that throws) rolls them back. None for data setup.
        /// </summary>
        public List<Action>? Journal { get; set; }

        /// <summary>Users with every access right (the System Administrator role, as far as these tests need).</summary>
        public HashSet<Guid> SystemAdministrators { get; } = new HashSet<Guid>();

        /// <summary>Inserts a record as data setup (no pipeline, no faults).</summary>
        public Guid Insert(Entity entity)
        {
            var id = entity.Id == Guid.Empty ? Guid.NewGuid() : entity.Id;
            var row = Copy(entity);
            row.Id = id;
            row[entity.LogicalName + "id"] = id;
            _clock = _clock.AddMilliseconds(1);
            if (!row.Contains("createdon"))
            {
                row["createdon"] = _clock;
            }

            if (!row.Contains("statecode") && entity.LogicalName.StartsWith("nw_", StringComparison.Ordinal))
            {
                row["statecode"] = new OptionSetValue(0);
            }

            Table(entity.LogicalName)[id] = row;
            Journal?.Add(() => Table(entity.LogicalName).Remove(id));
            return id;
        }

        public bool Exists(string entityName, Guid id) => Table(entityName).ContainsKey(id);

        public Entity Get(string entityName, Guid id)
        {
            if (!Table(entityName).TryGetValue(id, out var row))
            {
                throw Faults.Of(Faults.ObjectDoesNotExist, entityName + " With Id = " + id + " Does Not Exist");
            }

            return Copy(row);
        }

        public IEnumerable<Entity> Rows(string entityName)
        {
            switch (entityName)
            {
                case "teammembership":
                    return _members.Select(m => new Entity("teammembership") { ["teamid"] = m.Team, ["systemuserid"] = m.User }).ToList();
                case "systemuserroles":
                    return _userRoles.Select(m => new Entity("systemuserroles") { ["systemuserid"] = m.User, ["roleid"] = m.Role }).ToList();
                default:
                    return Table(entityName).Values.ToList();
            }
        }

        public bool IsMember(Guid user, Guid team) => _members.Contains((team, user));

        public bool HasRole(Guid user, Guid role) => _userRoles.Contains((user, role));

        /// <summary>Puts a user in a team behind everyone's back (drift, or a concurrent change in a test).</summary>
        public void InsertMembership(Guid team, Guid user) => _members.Add((team, user));

        public void InsertUserRole(Guid user, Guid role) => _userRoles.Add((user, role));

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            if (!(query is QueryExpression expression))
            {
                throw new NotSupportedException("only QueryExpression");
            }

            return QueryEvaluator.Evaluate(expression, Rows);
        }

        public Guid Create(Entity entity) => Insert(entity);

        public void Update(Entity entity)
        {
            var table = Table(entity.LogicalName);
            var row = table.TryGetValue(entity.Id, out var existing) ? existing : throw Faults.Of(Faults.ObjectDoesNotExist, entity.LogicalName + " With Id = " + entity.Id + " Does Not Exist");
            var before = Copy(row);
            Journal?.Add(() => table[entity.Id] = before);
            foreach (var attribute in entity.Attributes)
            {
                row[attribute.Key] = attribute.Value;
            }
            // Moving a user to another business unit takes their security roles away, with no Disassociate.
            if (entity.LogicalName == "systemuser" && entity.Contains("businessunitid"))
            {
                var taken = _userRoles.Where(r => r.User == entity.Id).ToList();
                _userRoles.RemoveWhere(r => r.User == entity.Id);
                Journal?.Add(() => _userRoles.UnionWith(taken));
            }
        }

        public void Delete(EntityReference record)
        {
            var table = Table(record.LogicalName);
            if (!table.TryGetValue(record.Id, out var row))
            {
                throw Faults.Of(Faults.ObjectDoesNotExist, record.LogicalName + " With Id = " + record.Id + " Does Not Exist");
            }

            table.Remove(record.Id);
            Journal?.Add(() => table[record.Id] = row);
        }

        public void SetState(EntityReference record, OptionSetValue state, OptionSetValue status)
        {
            var update = new Entity(record.LogicalName, record.Id) { ["statecode"] = state, ["statuscode"] = status };
            Update(update);
        }

        /// <summary>Associate: every record must exist; a pair already associated fails the whole request.</summary>
        public void Associate(EntityReference target, Relationship relationship, EntityReferenceCollection related)
        {
            var pairs = Pairs(target, relationship, related);
            foreach (var pair in pairs)
            {
                if (relationship.SchemaName == "teammembership_association")
                {
                    RequireHandManaged(pair.Left);
                }

                if (Intersect(relationship).Contains(pair))
                {
                    throw Faults.Of(Faults.DuplicateRecord, "Cannot insert duplicate key.");
                }
            }
            foreach (var pair in pairs)
            {
                Intersect(relationship).Add(pair);
                Journal?.Add(() => Intersect(relationship).Remove(pair));
                if (relationship.SchemaName == "teammembership_association")
                {
                    Record((pair.Left, pair.Right, true, Actor));
                }
            }
        }

        /// <summary>Disassociate: every record must exist; a pair not associated is no error.</summary>
        public void Disassociate(EntityReference target, Relationship relationship, EntityReferenceCollection related)
        {
            var pairs = Pairs(target, relationship, related);
            if (relationship.SchemaName == "teammembership_association")
            {
                foreach (var pair in pairs)
                {
                    RequireHandManaged(pair.Left);
                }
            }
            foreach (var pair in pairs)
            {
                if (!Intersect(relationship).Remove(pair))
                {
                    continue;
                }

                Journal?.Add(() => Intersect(relationship).Add(pair));
                if (relationship.SchemaName == "teammembership_association")
                {
                    Record((pair.Left, pair.Right, false, Actor));
                }
            }
        }

        public void AddMembersTeam(Guid team, Guid[] users)
        {
            var related = new EntityReferenceCollection();
            foreach (var user in users)
            {
                related.Add(new EntityReference("systemuser", user));
            }

            Associate(new EntityReference("team", team), new Relationship("teammembership_association"), related);
        }

        public void RemoveMembersTeam(Guid team, Guid[] users)
        {
            var related = new EntityReferenceCollection();
            foreach (var user in users)
            {
                related.Add(new EntityReference("systemuser", user));
            }

            Disassociate(new EntityReference("team", team), new Relationship("teammembership_association"), related);
        }

        /// <summary>
        /// AccessRights of a user on a team: a system administrator has all; a team's administrator (administratorid)
        /// has read, write, append and append to; everyone else read only.
        /// </summary>
        public int AccessRights(Guid user, Guid team)
        {
            const int read = 1, write = 2, append = 4, appendTo = 16, all = 0x000FFFFF;
            if (SystemAdministrators.Contains(user))
            {
                return all;
            }

            var row = Get("team", team);
            return row.GetAttributeValue<EntityReference>("administratorid")?.Id == user ? read | write | append | appendTo : read;
        }

        /// <summary>A membership change in <see cref="History"/>, taken out again if its transaction rolls back.</summary>
        private void Record((Guid Team, Guid User, bool Joined, Guid Actor) change)
        {
            History.Add(change);
            Journal?.Add(() => History.RemoveAt(History.LastIndexOf(change)));
        }

        private HashSet<(Guid, Guid)> Intersect(Relationship relationship)
        {
            return relationship.SchemaName switch
            {
                "teammembership_association" => _members,
                "systemuserroles_association" => _userRoles,
                _ => throw new NotSupportedException(relationship.SchemaName),
            };
        }

        /// <summary>The relationship's pairs in its own order (team, user) or (user, role), whichever side is Target.</summary>
        private List<(Guid Left, Guid Right)> Pairs(EntityReference target, Relationship relationship, EntityReferenceCollection related)
        {
            var left = relationship.SchemaName == "teammembership_association" ? "team" : "systemuser";
            Get(target.LogicalName, target.Id);
            var pairs = new List<(Guid, Guid)>();
            foreach (var other in related)
            {
                Get(other.LogicalName, other.Id);
                pairs.Add(target.LogicalName == left ? (target.Id, other.Id) : (other.Id, target.Id));
            }
            return pairs;
        }

        private void RequireHandManaged(Guid team)
        {
            var row = Get("team", team);
            var type = row.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
            if (type == 2 || type == 3 || row.GetAttributeValue<bool>("isdefault"))
            {
                throw Faults.Of(Faults.ManagedTeam, "The members of team " + row.GetAttributeValue<string>("name") + " cannot be changed by hand.");
            }
        }

        private Dictionary<Guid, Entity> Table(string name)
        {
            if (!_tables.TryGetValue(name, out var table))
            {
                _tables[name] = table = new Dictionary<Guid, Entity>();
            }

            return table;
        }

        private static Entity Copy(Entity entity)
        {
            var copy = new Entity(entity.LogicalName, entity.Id);
            foreach (var attribute in entity.Attributes)
            {
                copy[attribute.Key] = attribute.Value;
            }

            return copy;
        }
    }
}
