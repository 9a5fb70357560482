using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Which page of a query to return (Count 0: the server default).</summary>
    [DataContract(Name = "PagingInfo", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class PagingInfo : IExtensibleDataObject
    {
        [DataMember]
        public int Count { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public int PageNumber { get; set; }

        [DataMember]
        public string PagingCookie { get; set; }

        [DataMember]
        public bool ReturnTotalRecordCount { get; set; }
    }
}
