using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Qualifies a lead, optionally creating an account, contact and opportunity.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class QualifyLeadRequest : OrganizationRequest
    {
        public QualifyLeadRequest()
        {
            RequestName = "QualifyLead";
            Parameters["LeadId"] = null;
            Parameters["CreateAccount"] = null;
            Parameters["CreateContact"] = null;
            Parameters["CreateOpportunity"] = null;
            Parameters["Status"] = null;
        }

        public bool CreateAccount
        {
            get => ParameterValues.Get<bool>(Parameters, "CreateAccount");
            set => Parameters["CreateAccount"] = value;
        }

        public bool CreateContact
        {
            get => ParameterValues.Get<bool>(Parameters, "CreateContact");
            set => Parameters["CreateContact"] = value;
        }

        public bool CreateOpportunity
        {
            get => ParameterValues.Get<bool>(Parameters, "CreateOpportunity");
            set => Parameters["CreateOpportunity"] = value;
        }

        public EntityReference LeadId
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "LeadId");
            set => Parameters["LeadId"] = value;
        }

        public EntityReference OpportunityCurrencyId
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "OpportunityCurrencyId");
            set => Parameters["OpportunityCurrencyId"] = value;
        }

        public EntityReference OpportunityCustomerId
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "OpportunityCustomerId");
            set => Parameters["OpportunityCustomerId"] = value;
        }

        public EntityReference ProcessInstanceId
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "ProcessInstanceId");
            set => Parameters["ProcessInstanceId"] = value;
        }

        public EntityReference SourceCampaignId
        {
            get => ParameterValues.Get<EntityReference>(Parameters, "SourceCampaignId");
            set => Parameters["SourceCampaignId"] = value;
        }

        public OptionSetValue Status
        {
            get => ParameterValues.Get<OptionSetValue>(Parameters, "Status");
            set => Parameters["Status"] = value;
        }
    }
}
