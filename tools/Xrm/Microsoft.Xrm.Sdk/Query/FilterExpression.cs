using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Conditions and child filters combined with one logical operator.</summary>
    [DataContract(Name = "FilterExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class FilterExpression : IExtensibleDataObject
    {
        public FilterExpression()
            : this(LogicalOperator.And)
        {
        }

        public FilterExpression(LogicalOperator filterOperator)
        {
            FilterOperator = filterOperator;
            Conditions = new DataCollection<ConditionExpression>();
            Filters = new DataCollection<FilterExpression>();
        }

        [DataMember]
        public DataCollection<ConditionExpression> Conditions { get; private set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember(Order = 82, EmitDefaultValue = false)]
        public string FilterHint { get; set; }

        [DataMember]
        public LogicalOperator FilterOperator { get; set; }

        [DataMember]
        public DataCollection<FilterExpression> Filters { get; private set; }

        [DataMember(Order = 51, EmitDefaultValue = false)]
        public bool IsQuickFindFilter { get; set; }

        public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
            Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
            Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

        public FilterExpression AddFilter(LogicalOperator logicalOperator)
        {
            var child = new FilterExpression(logicalOperator);
            Filters.Add(child);
            return child;
        }

        public void AddFilter(FilterExpression childFilter)
        {
            if (childFilter != null)
            {
                Filters.Add(childFilter);
            }
        }
    }
}
