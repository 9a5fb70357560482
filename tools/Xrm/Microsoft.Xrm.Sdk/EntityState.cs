using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The change state of a record in a context.</summary>
    [DataContract(Name = "EntityState", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum EntityState
    {
        [EnumMember]
        Unchanged = 0,
        [EnumMember]
        Created = 1,
        [EnumMember]
        Changed = 2,
    }
}
