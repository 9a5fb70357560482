using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from one table to another, with its own columns, criteria and nested links.</summary>
    [DataContract(Name = "LinkEntity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class LinkEntity : IExtensibleDataObject
    {
        public LinkEntity()
            : this(null, null, null, null, JoinOperator.Inner)
        {
        }

        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
            Columns = new ColumnSet();
            LinkCriteria = new FilterExpression();
            LinkEntities = new DataCollection<LinkEntity>();
            Orders = new DataCollection<OrderExpression>();
        }

        [DataMember]
        public ColumnSet Columns { get; set; }

        [DataMember]
        public string EntityAlias { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public JoinOperator JoinOperator { get; set; }

        [DataMember]
        public FilterExpression LinkCriteria { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities { get; private set; }

        [DataMember]
        public string LinkFromAttributeName { get; set; }

        [DataMember]
        public string LinkFromEntityName { get; set; }

        [DataMember]
        public string LinkToAttributeName { get; set; }

        [DataMember]
        public string LinkToEntityName { get; set; }

        [DataMember(Order = 80)]
        public DataCollection<OrderExpression> Orders { get; private set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
            AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }
    }
}
