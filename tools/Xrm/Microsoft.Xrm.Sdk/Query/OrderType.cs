using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Sort direction.</summary>
    [DataContract(Name = "OrderType", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum OrderType
    {
        [EnumMember]
        Ascending = 0,
        [EnumMember]
        Descending = 1,
    }
}
