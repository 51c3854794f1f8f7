using System;

namespace Microsoft.Xrm.Sdk
{
    public class Entity
    {
        public Entity()
        {
            Attributes = new AttributeCollection();
        }

        public Entity(string entityName) : this()
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id) : this(entityName)
        {
            Id = id;
        }

        public string LogicalName { get; set; }

        public Guid Id { get; set; }

        public AttributeCollection Attributes { get; set; }

        public object this[string attributeName]
        {
            get { return Attributes[attributeName]; }
            set { Attributes[attributeName] = value; }
        }

        public bool Contains(string attributeName)
        {
            return Attributes.Contains(attributeName);
        }

        public T GetAttributeValue<T>(string attributeLogicalName)
        {
            object value;
            if (!Attributes.TryGetValue(attributeLogicalName, out value) || value == null)
            {
                return default(T);
            }

            return (T)value;
        }
    }

    public sealed class EntityReference
    {
        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        public Guid Id { get; set; }

        public string LogicalName { get; set; }

        public string Name { get; set; }
    }

    public sealed class EntityCollection
    {
        public EntityCollection()
        {
            Entities = new DataCollection<Entity>();
        }

        public DataCollection<Entity> Entities { get; private set; }

        public string EntityName { get; set; }

        public bool MoreRecords { get; set; }

        public string PagingCookie { get; set; }
    }

    public sealed class OptionSetValue
    {
        public OptionSetValue(int value)
        {
            Value = value;
        }

        public int Value { get; set; }
    }

    public sealed class AliasedValue
    {
        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        public string AttributeLogicalName { get; private set; }

        public string EntityLogicalName { get; private set; }

        public object Value { get; private set; }
    }

    public sealed class Relationship
    {
        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        public string SchemaName { get; set; }
    }

    public class OrganizationRequest
    {
        public OrganizationRequest()
        {
            Parameters = new ParameterCollection();
        }

        public OrganizationRequest(string requestName) : this()
        {
            RequestName = requestName;
        }

        public string RequestName { get; set; }

        public ParameterCollection Parameters { get; set; }

        public object this[string parameterName]
        {
            get { return Parameters[parameterName]; }
            set { Parameters[parameterName] = value; }
        }
    }

    public class OrganizationResponse
    {
        public OrganizationResponse()
        {
            Results = new ParameterCollection();
        }

        public string ResponseName { get; set; }

        public ParameterCollection Results { get; set; }

        public object this[string parameterName]
        {
            get { return Results[parameterName]; }
            set { Results[parameterName] = value; }
        }
    }
}
