using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The records qualifying created.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class QualifyLeadResponse : OrganizationResponse
    {
        public EntityReferenceCollection CreatedEntities => ParameterValues.Get<EntityReferenceCollection>(Results, "CreatedEntities");
    }
}
