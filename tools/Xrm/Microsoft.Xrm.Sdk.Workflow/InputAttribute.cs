using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks a workflow activity argument as an input of the step.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class InputAttribute : ParameterAttribute
    {
        public InputAttribute(string name)
            : base(name)
        {
        }
    }
}
