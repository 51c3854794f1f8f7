using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// A write to nw_teamsyncgroup or nw_teamsyncmember (Create, Update, SetState, Delete) as a step sees it, what the
    /// configuration looks like once it is applied, and the write that would take it back.
    /// </summary>
    public sealed class ConfigurationChange
    {
        private readonly bool _removes;

        private ConfigurationChange(string entityName, string id, Entity? target, bool? active, bool isCreate, bool removes)
        {
            EntityName = entityName;
            Id = id;
            Target = target;
            Active = active;
            IsCreate = isCreate;
            _removes = removes;
        }

        public string EntityName { get; }

        public string Id { get; }

        /// <summary>The columns written (Create, Update); null for a state change.</summary>
        public Entity? Target { get; }

        /// <summary>The state the record ends in, when the write sets it.</summary>
        public bool? Active { get; }

        public bool IsGroup => EntityName == Schema.Group.Entity;

        public bool IsCreate { get; }

        /// <summary>The write deletes the record.</summary>
        public bool IsDelete => _removes;

        public static ConfigurationChange? From(IPluginExecutionContext context)
        {
            var input = context.InputParameters;
            if (input.TryGetValue(Schema.Parameters.Target, out var value) && value is Entity target)
            {
                if (target.LogicalName != Schema.Group.Entity && target.LogicalName != Schema.Member.Entity)
                {
                    return null;
                }

                var id = target.Id;
                if (id == Guid.Empty && context.OutputParameters.TryGetValue(Schema.Parameters.Id, out var created) && created is Guid createdId)
                {
                    id = createdId;
                }
                // A Create seen before the core operation may not have its id yet: any fresh id stands for it.
                if (id == Guid.Empty)
                {
                    id = Guid.NewGuid();
                }

                bool? active = target.Contains(Schema.StateCode) ? ConfigurationReader.IsActive(target.GetAttributeValue<OptionSetValue>(Schema.StateCode)) : (bool?)null;
                return new ConfigurationChange(target.LogicalName, Ids.Of(id), target, active, context.MessageName == Schema.Messages.Create, false);
            }
            if (context.MessageName == Schema.Messages.Delete && value is EntityReference deleted
                && (deleted.LogicalName == Schema.Group.Entity || deleted.LogicalName == Schema.Member.Entity))
            {
                return new ConfigurationChange(deleted.LogicalName, Ids.Of(deleted), null, null, false, true);
            }
            if (input.TryGetValue(Schema.Parameters.EntityMoniker, out var moniker) && moniker is EntityReference record
                && (record.LogicalName == Schema.Group.Entity || record.LogicalName == Schema.Member.Entity))
            {
                var state = input.TryGetValue(Schema.Parameters.State, out var s) ? s as OptionSetValue : null;
                return new ConfigurationChange(record.LogicalName, Ids.Of(record), null, ConfigurationReader.IsActive(state), false, false);
            }
            return null;
        }

        /// <summary>
        /// The write that takes the configuration after this one back to what it was before: a created record is taken
        /// out; otherwise the columns this write set get back their pre-image values (a column the image leaves out was
        /// empty). Null when the pre-image that would say so is missing.
        /// </summary>
        public ConfigurationChange? Reverse(Entity? preImage)
        {
            if (IsCreate)
            {
                return new ConfigurationChange(EntityName, Id, null, null, false, true);
            }

            if (preImage == null)
            {
                return null;
            }

            var restore = new Entity(EntityName, Ids.Parse(Id));
            if (Target != null)
            {
                foreach (var column in Target.Attributes)
                {
                    restore[column.Key] = preImage.Contains(column.Key) ? preImage[column.Key] : null;
                }
            }
            bool? active = Active.HasValue ? ConfigurationReader.IsActive(preImage.GetAttributeValue<OptionSetValue>(Schema.StateCode)) : (bool?)null;
            return new ConfigurationChange(EntityName, Id, restore, active, false, false);
        }

        /// <summary>The teams this record links in a model: its parent and children, none unless it and its configuration are active.</summary>
        public List<string> LinkedTeams(SyncModel model)
        {
            var teams = new List<string>();
            foreach (var config in model.Configs.Where(c => c.Active))
            {
                var children = config.Members.Where(m => m.Active && (IsGroup ? config.Id == Id : m.Id == Id)).Select(m => m.Child).ToList();
                if (children.Count == 0)
                {
                    continue;
                }

                teams.Add(config.Parent);
                teams.AddRange(children);
            }
            return teams;
        }

        /// <summary>Teams and the role this write names, which the configuration read may not have seen yet.</summary>
        public IEnumerable<string> NamedTeams()
        {
            if (Target == null)
            {
                yield break;
            }

            foreach (var column in new[] { Schema.Group.ParentTeam, Schema.Member.ChildTeam })
            {
                var reference = Target.GetAttributeValue<EntityReference>(column);
                if (reference != null)
                {
                    yield return Ids.Of(reference);
                }
            }
        }

        public string? NamedRole()
        {
            var reference = Target?.GetAttributeValue<EntityReference>(Schema.Member.RequiredRole);
            return reference == null ? null : Ids.Of(reference);
        }

        /// <summary>The configuration after this write, as a new model; <paramref name="before"/> is left as it was.</summary>
        public SyncModel ApplyTo(SyncModel before, IDictionary<string, string> roleRoots, out ConfigRecord? affected)
        {
            var after = ModelCopy.Of(before);
            if (_removes)
            {
                affected = Remove(after);
            }
            else if (!IsCreate && !Holds(after))
            {
                affected = null;
            }
            else
            {
                affected = IsGroup ? ApplyToGroup(after) : ApplyToMember(after, roleRoots);
            }

            return after;
        }

        /// <summary>
        /// The model has the written record. An Update or SetState of a record it lacks changes nothing: the platform
        /// refuses a write to a record that does not exist, and a configuration without members (which a links-only
        /// read leaves out) yields no link either way.
        /// </summary>
        private bool Holds(SyncModel model) => IsGroup ? model.Configs.Any(c => c.Id == Id) : model.Configs.Any(c => c.Members.Any(m => m.Id == Id));

        private ConfigRecord? Remove(SyncModel model)
        {
            if (IsGroup)
            {
                model.Configs.RemoveAll(c => c.Id == Id);
                return null;
            }
            var owner = model.Configs.FirstOrDefault(c => c.Members.Any(m => m.Id == Id));
            owner?.Members.RemoveAll(m => m.Id == Id);
            return owner;
        }

        private ConfigRecord ApplyToGroup(SyncModel model)
        {
            var config = model.Configs.FirstOrDefault(c => c.Id == Id);
            if (config == null)
            {
                config = new ConfigRecord { Id = Id };
                model.Configs.Add(config);
            }
            if (Target != null && Target.Contains(Schema.Group.ParentTeam))
            {
                config.Parent = Ids.Of(Target.GetAttributeValue<EntityReference>(Schema.Group.ParentTeam));
            }

            if (Target != null && Target.Contains(Schema.Group.Direction))
            {
                config.Direction = (SyncDirection)(Target.GetAttributeValue<OptionSetValue>(Schema.Group.Direction)?.Value ?? (int)SyncDirection.OneWay);
            }
            if (Active.HasValue)
            {
                config.Active = Active.Value;
            }

            return config;
        }

        private ConfigRecord? ApplyToMember(SyncModel model, IDictionary<string, string> roleRoots)
        {
            var owner = model.Configs.FirstOrDefault(c => c.Members.Any(m => m.Id == Id));
            var member = owner?.Members.First(m => m.Id == Id) ?? new MemberRecord { Id = Id };
            if (Target != null && Target.Contains(Schema.Member.Group))
            {
                var groupId = Ids.Of(Target.GetAttributeValue<EntityReference>(Schema.Member.Group));
                owner?.Members.Remove(member);
                owner = model.Configs.FirstOrDefault(c => c.Id == groupId);
                owner?.Members.Add(member);
            }
            if (Target != null)
            {
                if (Target.Contains(Schema.Member.ChildTeam))
                {
                    member.Child = Ids.Of(Target.GetAttributeValue<EntityReference>(Schema.Member.ChildTeam));
                }

                if (Target.Contains(Schema.Member.Order))
                {
                    member.Order = Target.GetAttributeValue<int?>(Schema.Member.Order);
                }

                if (Target.Contains(Schema.Member.RequiredRole))
                {
                    var role = NamedRole();
                    member.Role = role == null ? null : roleRoots.TryGetValue(role, out var root) ? root : role;
                }
            }
            if (Active.HasValue)
            {
                member.Active = Active.Value;
            }

            return owner;
        }

        /// <summary>The written record is active once the write is done.</summary>
        public bool LeavesActive(ConfigRecord? affected)
        {
            if (affected == null)
            {
                return false;
            }

            if (IsGroup)
            {
                return affected.Active;
            }

            return affected.Active && affected.Members.Any(m => m.Id == Id && m.Active);
        }

        public MemberRecord? Member(ConfigRecord? affected) => IsGroup ? null : affected?.Members.FirstOrDefault(m => m.Id == Id);
    }
}
