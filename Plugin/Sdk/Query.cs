namespace Microsoft.Xrm.Sdk.Query
{
    public abstract class QueryBase
    {
        internal QueryBase()
        {
        }
    }

    public sealed class QueryExpression : QueryBase
    {
        /// <summary>Rows that agree on every column returned come back once.</summary>
        public bool Distinct { get; set; }

        public QueryExpression()
        {
            ColumnSet = new ColumnSet();
            Criteria = new FilterExpression();
            LinkEntities = new DataCollection<LinkEntity>();
            Orders = new DataCollection<OrderExpression>();
        }

        public QueryExpression(string entityName) : this()
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet { get; set; }

        public FilterExpression Criteria { get; set; }

        public DataCollection<LinkEntity> LinkEntities { get; private set; }

        public DataCollection<OrderExpression> Orders { get; private set; }

        public PagingInfo PageInfo { get; set; }

        public void AddOrder(string attributeName, OrderType orderType)
        {
            Orders.Add(new OrderExpression(attributeName, orderType));
        }
    }

    public sealed class ColumnSet
    {
        public ColumnSet()
        {
            Columns = new DataCollection<string>();
        }

        public ColumnSet(bool allColumns) : this()
        {
            AllColumns = allColumns;
        }

        public ColumnSet(params string[] columns) : this()
        {
            Columns.AddRange(columns);
        }

        public bool AllColumns { get; set; }

        public DataCollection<string> Columns { get; private set; }
    }

    public sealed class FilterExpression
    {
        public FilterExpression()
        {
            Conditions = new DataCollection<ConditionExpression>();
        }

        public DataCollection<ConditionExpression> Conditions { get; private set; }

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
        {
            Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));
        }
    }

    public sealed class ConditionExpression
    {
        public ConditionExpression()
        {
            Values = new DataCollection<object>();
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values) : this()
        {
            AttributeName = attributeName;
            Operator = conditionOperator;
            Values.AddRange(values);
        }

        public string AttributeName { get; set; }

        public ConditionOperator Operator { get; set; }

        public DataCollection<object> Values { get; private set; }
    }

    public enum ConditionOperator
    {
        Equal = 0,
        NotEqual = 1,
        In = 8,
        Null = 12,
        NotNull = 13,
    }

    public sealed class LinkEntity
    {
        public LinkEntity()
        {
            Columns = new ColumnSet();
            LinkCriteria = new FilterExpression();
            LinkEntities = new DataCollection<LinkEntity>();
        }

        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator) : this()
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
        }

        public string LinkFromEntityName { get; set; }

        public string LinkToEntityName { get; set; }

        public string LinkFromAttributeName { get; set; }

        public string LinkToAttributeName { get; set; }

        public JoinOperator JoinOperator { get; set; }

        public ColumnSet Columns { get; set; }

        public string EntityAlias { get; set; }

        public FilterExpression LinkCriteria { get; set; }

        public DataCollection<LinkEntity> LinkEntities { get; private set; }
    }

    public enum JoinOperator
    {
        Inner = 0,
        LeftOuter = 1,
    }

    public sealed class OrderExpression
    {
        public OrderExpression(string attributeName, OrderType orderType)
        {
            AttributeName = attributeName;
            OrderType = orderType;
        }

        public string AttributeName { get; set; }

        public OrderType OrderType { get; set; }
    }

    public enum OrderType
    {
        Ascending = 0,
        Descending = 1,
    }

    public sealed class PagingInfo
    {
        public int Count { get; set; }

        public int PageNumber { get; set; }

        public string PagingCookie { get; set; }
    }
}
