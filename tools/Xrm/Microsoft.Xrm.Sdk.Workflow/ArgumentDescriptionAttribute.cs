using System;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The description of a built-in activity argument.</summary>
    [AttributeUsage(AttributeTargets.All)]
    [SuppressMessage("Microsoft.Design", "CA1019:DefineAccessorsForAttributeArguments", Justification = "Accessors need to be public for WinWF runtime Xaml Services for serialization/deserialization", MessageId = "")]
    public sealed class ArgumentDescriptionAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentDescriptionAttribute()
        {
        }

        public ArgumentDescriptionAttribute(string value)
        {
            Value = value;
        }

        public object ArgumentValue => Value;

        public string Value { get; set; }
    }
}
