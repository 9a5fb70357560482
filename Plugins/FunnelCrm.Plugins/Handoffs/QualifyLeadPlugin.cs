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
/// inside its own transaction. Before that Create (pre-operation) this step reads the originating lead in one call and
/// refuses unless the lead is an SQL whose BANT items Opportunity requires pass (the whole QualifyLead rolls back,
/// account and contact included). After it (post-operation, the opportunity exists) it moves the lead to Opportunity
/// with the trigger "lead qualified" and the new opportunity, through the stage guard (the ledger's row names the
/// opportunity), before QualifyLead makes the lead read-only. A lead outside the funnel is not governed: it is
/// qualified and traced. The opportunity carries the lead's funnel data through the solution's lead to opportunity
/// column mappings. Registered on Create rather than on QualifyLead itself: Create's SdkMessageId is the same in every
/// organization and verified, and the step also catches an opportunity created from a lead's form.
/// </summary>
[PluginStep(StepId, "Create", Tables.Opportunity, PipelineStage.PreOperation, Description = "Qualify only an SQL with the BANT items Opportunity requires")]
[PluginStep(MoveStepId, "Create", Tables.Opportunity, PipelineStage.PostOperation, Description = "Move the qualified lead to Opportunity with its opportunity")]
public sealed class QualifyLeadPlugin : PluginBase
{
    /// <summary>Step id: the gate.</summary>
    public const string StepId = "e6c3f405-9b7d-4f4e-8d8a-3a1b5c7d9f64";

    /// <summary>Step id: the move.</summary>
    public const string MoveStepId = "d7ba905d-67f7-4389-8b67-635a0d925b5f";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.Target.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId) is not EntityReference origin)
        {
            context.Trace("The opportunity comes from no lead: no funnel gate.");
            return;
        }

        var lead = new LeadRecord(context.SystemService.Retrieve(Tables.Lead, origin.Id, QualificationGate.ColumnSet));
        if (lead.Stage == null)
        {
            context.Trace("Lead '{0}' is outside the funnel (not placed yet, or never entered): qualified without a funnel gate.", lead.Name);
            return;
        }

        if (context.Context.Stage == (int)PipelineStage.PreOperation)
        {
            var refusal = QualificationGate.Refusal(lead, FunnelConfigurationSource.For(context).Settings.Bant);
            if (refusal != null)
            {
                throw new InvalidPluginExecutionException(refusal);
            }

            return;
        }

        if (lead.Stage == FunnelStage.Opportunity)
        {
            context.Trace("Lead '{0}' is already in the Opportunity stage.", lead.Name);
            return;
        }

        context.SystemService.Update(LeadMoves.QualifyLead(origin.Id, context.Context.PrimaryEntityId));
        context.Trace("Lead '{0}' qualified into opportunity {1}.", lead.Name, context.Context.PrimaryEntityId);
    }
}
