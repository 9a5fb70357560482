using System;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The table of a built-in activity argument.</summary>
    [AttributeUsage(AttributeTargets.All)]
    [SuppressMessage("Microsoft.Design", "CA1019:DefineAccessorsForAttributeArguments", Justification = "Accessors need to be public for WinWF runtime Xaml Services for serialization/deserialization", MessageId = "")]
    public sealed class ArgumentEntityAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentEntityAttribute()
        {
        }

        public ArgumentEntityAttribute(string value)
        {
            Value = value;
        }

        public object ArgumentValue => Value;

        public string Value { get; set; }
    }
}
