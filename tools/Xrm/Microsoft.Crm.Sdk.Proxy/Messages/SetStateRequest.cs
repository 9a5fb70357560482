using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Sets the state and status reason of a record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class SetStateRequest : OrganizationRequest
    {
        public SetStateRequest()
        {
            RequestName = "SetState";
            Parameters["EntityMoniker"] = null;
            Parameters["State"] = null;
            Parameters["Status"] = null;
        }

        public EntityReference EntityMoniker
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "EntityMoniker");
            set => Parameters["EntityMoniker"] = value;
        }

        public OptionSetValue State
        {
            get => ParameterValues.Get<OptionSetValue>(Parameters, "State");
            set => Parameters["State"] = value;
        }

        public OptionSetValue Status
        {
            get => ParameterValues.Get<OptionSetValue>(Parameters, "Status");
            set => Parameters["Status"] = value;
        }
    }
}
