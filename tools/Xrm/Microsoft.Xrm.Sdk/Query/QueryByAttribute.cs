using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query by attribute equality.</summary>
    [DataContract(Name = "QueryByAttribute", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class QueryByAttribute : QueryBase
    {
        public QueryByAttribute()
        {
            Attributes = new DataCollection<string>();
            Values = new DataCollection<object>();
            Orders = new DataCollection<OrderExpression>();
        }

        public QueryByAttribute(string entityName)
            : this()
        {
            EntityName = entityName;
        }

        [DataMember]
        public DataCollection<string> Attributes { get; private set; }

        [DataMember]
        public ColumnSet ColumnSet { get; set; }

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public DataCollection<OrderExpression> Orders { get; private set; }

        [DataMember]
        public PagingInfo PageInfo { get; set; }

        [DataMember(Order = 50)]
        public int? TopCount { get; set; }

        [DataMember]
        public DataCollection<object> Values { get; private set; }

        public void AddAttributeValue(string attributeName, object value)
        {
            Attributes.Add(attributeName);
            Values.Add(value);
        }

        public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
