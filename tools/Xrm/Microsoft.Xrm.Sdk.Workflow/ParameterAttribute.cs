using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Names a workflow activity argument as the process designer shows it.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public abstract class ParameterAttribute : Attribute
    {
        protected ParameterAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }
}
