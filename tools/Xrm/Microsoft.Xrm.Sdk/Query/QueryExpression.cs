using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A structured query: table, columns, criteria, links, orders and paging.</summary>
    [DataContract(Name = "QueryExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class QueryExpression : QueryBase
    {
        public static readonly QueryExpression Empty = new QueryExpression();

        public QueryExpression()
            : this(null)
        {
        }

        public QueryExpression(string entityName)
        {
            EntityName = entityName;
            ColumnSet = new ColumnSet();
            Criteria = new FilterExpression();
            PageInfo = new PagingInfo();
            LinkEntities = new DataCollection<LinkEntity>();
            Orders = new DataCollection<OrderExpression>();
        }

        [DataMember]
        public ColumnSet ColumnSet { get; set; }

        [DataMember]
        public FilterExpression Criteria { get; set; }

        [DataMember]
        public bool Distinct { get; set; }

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities { get; private set; }

        [DataMember(Order = 50)]
        public bool NoLock { get; set; }

        [DataMember]
        public DataCollection<OrderExpression> Orders { get; private set; }

        [DataMember]
        public PagingInfo PageInfo { get; set; }

        [DataMember(Order = 92, EmitDefaultValue = false)]
        public string QueryHints { get; set; }

        [DataMember(Order = 50, EmitDefaultValue = false)]
        public int? TopCount { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
            AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }

        public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

        public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
            Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }
}
