using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The default value of an input argument (with the table, for references).</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class DefaultAttribute : Attribute
    {
        public DefaultAttribute(string value)
        {
            Value = value;
        }

        public DefaultAttribute(string value, string entityName)
            : this(value)
        {
            EntityName = entityName;
        }

        public string EntityName { get; }

        public string Value { get; }
    }
}
