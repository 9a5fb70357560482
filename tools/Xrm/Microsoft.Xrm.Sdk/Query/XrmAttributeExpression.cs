using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How a column is aggregated or grouped in an aggregate query (ColumnSet.AttributeExpressions).</summary>
    [DataContract(Name = "AttributeExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class XrmAttributeExpression : IExtensibleDataObject
    {
        public XrmAttributeExpression()
        {
        }

        public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias, XrmDateTimeGrouping dateTimeGrouping)
        {
            AttributeName = attributeName;
            AggregateType = aggregateType;
            Alias = alias;
            DateTimeGrouping = dateTimeGrouping;
        }

        [DataMember]
        public XrmAggregateType AggregateType { get; set; }

        [DataMember]
        public string Alias { get; set; }

        [DataMember]
        public string AttributeName { get; set; }

        [DataMember]
        public XrmDateTimeGrouping DateTimeGrouping { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public bool HasGroupBy { get; set; }
    }
}
