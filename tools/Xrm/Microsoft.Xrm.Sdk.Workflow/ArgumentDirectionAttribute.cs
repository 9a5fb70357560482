using System;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The direction of a built-in activity argument.</summary>
    [AttributeUsage(AttributeTargets.All)]
    [SuppressMessage("Microsoft.Design", "CA1019:DefineAccessorsForAttributeArguments", Justification = "Accessors need to be public for WinWF runtime Xaml Services for serialization/deserialization", MessageId = "")]
    public sealed class ArgumentDirectionAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentDirectionAttribute()
        {
        }

        public ArgumentDirectionAttribute(ArgumentDirection value)
        {
            Value = value;
        }

        public object ArgumentValue => Value;

        public ArgumentDirection Value { get; set; }
    }
}
