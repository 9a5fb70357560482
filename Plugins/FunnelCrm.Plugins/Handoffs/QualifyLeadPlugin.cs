using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// The CRM's Qualify, where it creates the opportunity: QualifyLead creates the opportunity with originatingleadid
/// inside its own transaction, and this pre-operation step on that Create reads the originating lead in one call and
/// refuses unless the lead is an SQL whose BANT items Opportunity requires pass (the whole QualifyLead rolls back,
/// account and contact included). On success it moves the lead to Opportunity with the trigger "lead qualified"
/// through the stage guard (which lets the ledger record the transition) before QualifyLead makes the lead read-only.
/// The opportunity carries the lead's funnel data through the solution's lead to opportunity column mappings.
/// Registered on Create rather than on QualifyLead itself: Create's SdkMessageId is the same in every organization and
/// verified, and the step also catches an opportunity created from a lead's form.
/// </summary>
[PluginStep(StepId, "Create", Tables.Opportunity, PipelineStage.PreOperation, Description = "Qualify only an SQL with the BANT items Opportunity requires, and move it to Opportunity")]
public sealed class QualifyLeadPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "e6c3f405-9b7d-4f4e-8d8a-3a1b5c7d9f64";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.Target.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId) is not EntityReference origin)
        {
            context.Trace("The opportunity comes from no lead: no funnel gate.");
            return;
        }

        var lead = new LeadRecord(context.SystemService.Retrieve(Tables.Lead, origin.Id, QualificationGate.ColumnSet));
        var refusal = QualificationGate.Refusal(lead, FunnelConfigurationSource.For(context).Settings.Bant);
        if (refusal != null)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        if (lead.Stage == FunnelStage.Opportunity)
        {
            context.Trace("Lead '{0}' is already in the Opportunity stage.", lead.Name);
            return;
        }

        context.UserService.Update(LeadMoves.QualifyLead(origin.Id));
        context.Trace("Lead '{0}' qualified into an opportunity.", lead.Name);
    }
}
