using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Whether an ExecuteMultiple batch continues after a fault and returns responses.</summary>
    [DataContract(Name = "ExecuteMultipleSettings", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class ExecuteMultipleSettings : IExtensibleDataObject
    {
        [DataMember]
        public bool ContinueOnError { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public bool ReturnResponses { get; set; }
    }
}
