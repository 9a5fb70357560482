using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Links records through a relationship.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AssociateRequest : OrganizationRequest
    {
        public AssociateRequest()
        {
            RequestName = "Associate";
            Parameters["Target"] = null;
            Parameters["Relationship"] = null;
            Parameters["RelatedEntities"] = null;
        }

        public EntityReferenceCollection RelatedEntities
        {
            get => Get<EntityReferenceCollection>("RelatedEntities");
            set => Parameters["RelatedEntities"] = value;
        }

        public Relationship Relationship
        {
            get => Get<Relationship>("Relationship");
            set => Parameters["Relationship"] = value;
        }

        public EntityReference Target
        {
            get => Get<EntityReference>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
