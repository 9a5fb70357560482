using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Deletes a record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class DeleteRequest : OrganizationRequest
    {
        public DeleteRequest()
        {
            RequestName = "Delete";
            Parameters["Target"] = null;
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Get<ConcurrencyBehavior>("ConcurrencyBehavior");
            set => Parameters["ConcurrencyBehavior"] = value;
        }

        public EntityReference Target
        {
            get => Get<EntityReference>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
