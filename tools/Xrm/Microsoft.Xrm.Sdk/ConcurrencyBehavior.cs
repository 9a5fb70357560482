using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Optimistic concurrency behaviour of an update or delete.</summary>
    [DataContract(Name = "ConcurrencyBehavior", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public enum ConcurrencyBehavior
    {
        [EnumMember]
        Default = 0,
        [EnumMember]
        IfRowVersionMatches = 1,
        [EnumMember]
        AlwaysOverwrite = 2,
    }
}
