using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>One comparison of an attribute (or, with CompareColumns, of two columns).</summary>
    [DataContract(Name = "ConditionExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ConditionExpression : IExtensibleDataObject
    {
        public ConditionExpression()
        {
            Values = new DataCollection<object>();
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
            : this(null, attributeName, conditionOperator, false, new object[0])
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(null, attributeName, conditionOperator, false, values)
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
            : this(null, attributeName, conditionOperator, false, value)
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
            : this(entityName, attributeName, conditionOperator, false, new object[0])
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
            : this(null, attributeName, conditionOperator, false, ToArray(values))
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(entityName, attributeName, conditionOperator, false, values)
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(null, attributeName, conditionOperator, compareColumns, value)
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
            : this(null, attributeName, conditionOperator, compareColumns, values)
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
            : this(entityName, attributeName, conditionOperator, false, value)
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
            : this()
        {
            EntityName = entityName;
            AttributeName = attributeName;
            Operator = conditionOperator;
            CompareColumns = compareColumns;
            if (values != null)
            {
                Values.AddRange(values);
            }
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(entityName, attributeName, conditionOperator, compareColumns, ExpandValue(value))
        {
        }

        [DataMember]
        public string AttributeName { get; set; }

        [DataMember]
        public bool CompareColumns { get; set; }

        [DataMember(Order = 60)]
        public string EntityName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public ConditionOperator Operator { get; set; }

        [DataMember]
        public DataCollection<object> Values { get; private set; }

        private static object[] ExpandValue(object value) =>
            value is IEnumerable sequence && !(value is string) && !(value is byte[]) ? ToArray(sequence) : new[] { value };

        private static object[] ToArray(IEnumerable values)
        {
            if (values == null)
            {
                return new object[0];
            }

            var list = new ArrayList();
            foreach (var value in values)
            {
                list.Add(value);
            }

            return list.ToArray();
        }
    }
}
