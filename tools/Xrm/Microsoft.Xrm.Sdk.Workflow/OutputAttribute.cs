using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks a workflow activity argument as an output of the step.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : ParameterAttribute
    {
        public OutputAttribute(string name)
            : base(name)
        {
        }
    }
}
