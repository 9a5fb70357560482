using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The common content of a service fault.</summary>
    [DataContract(Name = "BaseServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [KnownType(typeof(OrganizationServiceFault))]
    public abstract class BaseServiceFault : IExtensibleDataObject
    {
        protected BaseServiceFault()
        {
            ErrorDetails = new ErrorDetailCollection();
        }

        [DataMember]
        public Guid ActivityId { get; set; }

        [DataMember]
        public int ErrorCode { get; set; }

        [DataMember]
        public ErrorDetailCollection ErrorDetails { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public string HelpLink { get; set; }

        [DataMember]
        public string Message { get; set; }

        [DataMember]
        public DateTime Timestamp { get; set; }
    }
}
