using System.Runtime.Serialization;
using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Merges a subordinate record into a target record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class MergeRequest : OrganizationRequest
    {
        public MergeRequest()
        {
            RequestName = "Merge";
            Parameters["Target"] = null;
            Parameters["SubordinateId"] = null;
            Parameters["UpdateContent"] = null;
            Parameters["PerformParentingChecks"] = null;
        }

        public bool PerformParentingChecks
        {
            get => ParameterValues.Get<bool>(Parameters, "PerformParentingChecks");
            set => Parameters["PerformParentingChecks"] = value;
        }

        public Guid SubordinateId
        {
            get => ParameterValues.Get<Guid>(Parameters, "SubordinateId");
            set => Parameters["SubordinateId"] = value;
        }

        public EntityReference Target
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "Target");
            set => Parameters["Target"] = value;
        }

        public Entity UpdateContent
        {
            get => ParameterValues.Get<Entity>(Parameters, "UpdateContent");
            set => Parameters["UpdateContent"] = value;
        }
    }
}
