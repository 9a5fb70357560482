using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A value read through a linked table or an aggregate, with where it came from.</summary>
    [KnownType("GetKnownAliasedValueTypes")]
    [DataContract(Name = "AliasedValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AliasedValue : IExtensibleDataObject
    {
        public AliasedValue()
        {
        }

        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        [DataMember]
        public string AttributeLogicalName { get; internal set; }

        [DataMember]
        public string EntityLogicalName { get; internal set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public object Value { get; internal set; }

        private static IEnumerable<Type> GetKnownAliasedValueTypes() => KnownTypes.Values();
    }
}
