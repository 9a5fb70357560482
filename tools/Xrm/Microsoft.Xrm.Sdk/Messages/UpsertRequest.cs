using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Creates or updates a record by id or alternate key.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpsertRequest : OrganizationRequest
    {
        public UpsertRequest()
        {
            RequestName = "Upsert";
            Parameters["Target"] = null;
        }

        public Entity Target
        {
            get => Get<Entity>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
