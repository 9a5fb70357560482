using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Retrieves one record with the given columns.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveRequest : OrganizationRequest
    {
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
            Parameters["Target"] = null;
            Parameters["ColumnSet"] = null;
        }

        public ColumnSet ColumnSet
        {
            get => Get<ColumnSet>("ColumnSet");
            set => Parameters["ColumnSet"] = value;
        }

        public bool ReturnNotifications
        {
            get => Get<bool>("ReturnNotifications");
            set => Parameters["ReturnNotifications"] = value;
        }

        public EntityReference Target
        {
            get => Get<EntityReference>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
