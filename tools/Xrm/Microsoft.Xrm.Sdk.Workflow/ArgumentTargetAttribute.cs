using System;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Whether a built-in activity argument is the target record.</summary>
    [AttributeUsage(AttributeTargets.All)]
    [SuppressMessage("Microsoft.Design", "CA1019:DefineAccessorsForAttributeArguments", Justification = "Accessors need to be public for WinWF runtime Xaml Services for serialization/deserialization", MessageId = "")]
    public sealed class ArgumentTargetAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentTargetAttribute()
        {
        }

        public ArgumentTargetAttribute(bool value)
        {
            Value = value;
        }

        public object ArgumentValue => Value;

        public bool Value { get; set; }
    }
}
