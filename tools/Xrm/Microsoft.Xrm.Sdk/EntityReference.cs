using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A reference to a record; equal when table (case-sensitive) and id match, whatever the display name.</summary>
    [DataContract(Name = "EntityReference", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityReference : IExtensibleDataObject
    {
        public EntityReference()
        {
            KeyAttributes = new KeyAttributeCollection();
        }

        public EntityReference(string logicalName)
            : this()
        {
            LogicalName = logicalName;
        }

        public EntityReference(string logicalName, Guid id)
            : this(logicalName)
        {
            Id = id;
        }

        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
            : this(logicalName)
        {
            KeyAttributes = keyAttributeCollection;
        }

        public EntityReference(string logicalName, string keyName, object keyValue)
            : this(logicalName)
        {
            KeyAttributes[keyName] = keyValue;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public Guid Id { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes { get; set; }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public string Name { get; set; }

        [DataMember]
        public string RowVersion { get; set; }

        public override bool Equals(object obj) =>
            obj is EntityReference other
            && other.Id == Id
            && string.Equals(other.LogicalName, LogicalName, StringComparison.Ordinal);

        public override int GetHashCode() => Id.GetHashCode() ^ (LogicalName ?? string.Empty).GetHashCode();
    }
}
