using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Turns Associate/Disassociate of teammembership_association (Target a team with users related, or a user with
    /// teams related) and AddMembers/RemoveMembers (the messages of AddMembersTeamRequest/RemoveMembersTeamRequest) into one
    /// event per user and team.
    /// </summary>
    public static class MembershipEventReader
    {
        public static List<MembershipEvent> Read(IPluginExecutionContext context)
        {
            var events = new List<MembershipEvent>();
            var input = context.InputParameters;
            switch (context.MessageName)
            {
                case Schema.Messages.Associate:
                case Schema.Messages.Disassociate:
                    if (!IsRelationship(input, Schema.TeamMembership.Relationship))
                    {
                        return events;
                    }

                    var joined = context.MessageName == Schema.Messages.Associate;
                    var target = (EntityReference)input[Schema.Parameters.Target];
                    foreach (var related in (EntityReferenceCollection)input[Schema.Parameters.RelatedEntities])
                    {
                        if (target.LogicalName == Schema.Team.Entity)
                        {
                            events.Add(new MembershipEvent(Ids.Of(related), Ids.Of(target), joined));
                        }
                        else
                        {
                            events.Add(new MembershipEvent(Ids.Of(target), Ids.Of(related), joined));
                        }
                    }
                    return events;
                case Schema.Messages.AddMembers:
                case Schema.Messages.RemoveMembers:
                    var team = Ids.Of((Guid)input[Schema.Parameters.TeamId]);
                    foreach (var user in (Guid[])input[Schema.Parameters.MemberIds])
                    {
                        events.Add(new MembershipEvent(Ids.Of(user), team, context.MessageName == Schema.Messages.AddMembers));
                    }
                    return events;
                default:
                    return events;
            }
        }

        /// <summary>The relationship of an Associate/Disassociate, whatever entity role the platform adds.</summary>
        public static bool IsRelationship(ParameterCollection input, string schemaName)
        {
            return input.TryGetValue(Schema.Parameters.Relationship, out var value)
                && value is Relationship relationship
                && relationship.SchemaName == schemaName;
        }
    }
}
