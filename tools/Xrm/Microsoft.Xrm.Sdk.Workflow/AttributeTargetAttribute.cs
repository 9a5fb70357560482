using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The choice column an OptionSetValue argument takes its options from.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class AttributeTargetAttribute : Attribute
    {
        public AttributeTargetAttribute(string entityName, string attributeName)
        {
            EntityName = entityName;
            AttributeName = attributeName;
        }

        public string AttributeName { get; }

        public string EntityName { get; }
    }
}
