using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message response: its name and named results.</summary>
    [DataContract(Name = "OrganizationResponse", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationResponse : IExtensibleDataObject
    {
        public OrganizationResponse()
        {
            Results = new ParameterCollection();
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public object this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }

        [DataMember]
        public string ResponseName { get; set; }

        [DataMember]
        public ParameterCollection Results { get; set; }

        internal T Get<T>(string resultName) =>
            Results.TryGetValue(resultName, out var value) && value != null ? (T)value : default;
    }
}
