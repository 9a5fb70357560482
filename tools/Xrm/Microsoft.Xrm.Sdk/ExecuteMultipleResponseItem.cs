using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The response or fault of one request in an ExecuteMultiple batch.</summary>
    [DataContract(Name = "ExecuteMultipleResponseItem", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
    {
        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public OrganizationServiceFault Fault { get; set; }

        [DataMember]
        public int RequestIndex { get; set; }

        [DataMember]
        public OrganizationResponse Response { get; set; }
    }
}
