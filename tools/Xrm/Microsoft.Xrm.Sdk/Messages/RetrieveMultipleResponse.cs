using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The records a query selected.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        public EntityCollection EntityCollection => Get<EntityCollection>("EntityCollection");
    }
}
