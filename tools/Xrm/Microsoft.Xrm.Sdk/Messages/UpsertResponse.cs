using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Whether the upsert created the record, and its reference.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpsertResponse : OrganizationResponse
    {
        public bool RecordCreated => Get<bool>("RecordCreated");

        public EntityReference Target => Get<EntityReference>("Target");
    }
}
