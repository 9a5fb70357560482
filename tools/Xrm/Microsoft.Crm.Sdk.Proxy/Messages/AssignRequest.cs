using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Assigns a record to a user or team.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class AssignRequest : OrganizationRequest
    {
        public AssignRequest()
        {
            RequestName = "Assign";
            Parameters["Target"] = null;
            Parameters["Assignee"] = null;
        }

        public EntityReference Assignee
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "Assignee");
            set => Parameters["Assignee"] = value;
        }

        public EntityReference Target
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "Target");
            set => Parameters["Target"] = value;
        }
    }
}
