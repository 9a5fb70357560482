using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Runs a batch of requests.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteMultipleRequest : OrganizationRequest
    {
        public ExecuteMultipleRequest()
        {
            RequestName = "ExecuteMultiple";
            Parameters["Requests"] = null;
            Parameters["Settings"] = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Get<OrganizationRequestCollection>("Requests");
            set => Parameters["Requests"] = value;
        }

        public ExecuteMultipleSettings Settings
        {
            get => Get<ExecuteMultipleSettings>("Settings");
            set => Parameters["Settings"] = value;
        }
    }
}
