using System;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Whether a built-in activity argument is required.</summary>
    [AttributeUsage(AttributeTargets.All)]
    [SuppressMessage("Microsoft.Design", "CA1019:DefineAccessorsForAttributeArguments", Justification = "Accessors need to be public for WinWF runtime Xaml Services for serialization/deserialization", MessageId = "")]
    public sealed class ArgumentRequiredAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentRequiredAttribute()
        {
        }

        public ArgumentRequiredAttribute(bool value)
        {
            Value = value;
        }

        public object ArgumentValue => Value;

        public bool Value { get; set; }
    }
}
