using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Closes an opportunity as won.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class WinOpportunityRequest : OrganizationRequest
    {
        public WinOpportunityRequest()
        {
            RequestName = "WinOpportunity";
            Parameters["OpportunityClose"] = null;
            Parameters["Status"] = null;
        }

        public Entity OpportunityClose
        {
            get => ParameterValues.Get<Entity>(Parameters, "OpportunityClose");
            set => Parameters["OpportunityClose"] = value;
        }

        public OptionSetValue Status
        {
            get => ParameterValues.Get<OptionSetValue>(Parameters, "Status");
            set => Parameters["Status"] = value;
        }
    }
}
