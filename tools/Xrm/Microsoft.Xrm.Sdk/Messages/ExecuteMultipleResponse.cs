using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The responses of a batch.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteMultipleResponse : OrganizationResponse
    {
        public bool IsFaulted => Get<bool>("IsFaulted");

        public ExecuteMultipleResponseItemCollection Responses => Get<ExecuteMultipleResponseItemCollection>("Responses");
    }
}
