using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message request: its name and named parameters.</summary>
    [DataContract(Name = "OrganizationRequest", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationRequest : IExtensibleDataObject
    {
        public OrganizationRequest()
        {
            Parameters = new ParameterCollection();
        }

        public OrganizationRequest(string requestName)
            : this()
        {
            RequestName = requestName;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public object this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }

        [DataMember]
        public ParameterCollection Parameters { get; set; }

        [DataMember]
        public Guid? RequestId { get; set; }

        [DataMember]
        public string RequestName { get; set; }

        internal T Get<T>(string parameterName) =>
            Parameters.TryGetValue(parameterName, out var value) && value != null ? (T)value : default;
    }
}
