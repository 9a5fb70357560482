using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A relationship by schema name (case-sensitive) and, for self-references, the primary role.</summary>
    [DataContract(Name = "Relationship", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public EntityRole? PrimaryEntityRole { get; set; }

        [DataMember]
        public string SchemaName { get; set; }

        public override bool Equals(object obj) =>
            obj is Relationship other
            && string.Equals(other.SchemaName, SchemaName, StringComparison.Ordinal)
            && other.PrimaryEntityRole == PrimaryEntityRole;

        public override int GetHashCode() => (SchemaName ?? string.Empty).GetHashCode() ^ PrimaryEntityRole.GetHashCode();

        public override string ToString() => SchemaName + "." + PrimaryEntityRole;
    }
}
