using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Retrieves the records a query selects.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveMultipleRequest : OrganizationRequest
    {
        public RetrieveMultipleRequest()
        {
            RequestName = "RetrieveMultiple";
            Parameters["Query"] = null;
        }

        public QueryBase Query
        {
            get => Get<QueryBase>("Query");
            set => Parameters["Query"] = value;
        }
    }
}
