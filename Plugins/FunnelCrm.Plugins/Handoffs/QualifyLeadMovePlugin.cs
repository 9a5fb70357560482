using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Inside QualifyLead's transaction, before the lead is qualified (and so becomes read-only), moves the SQL to
/// Opportunity with the trigger "lead qualified" through the stage guard, which checks the Opportunity BANT gate again
/// and lets the ledger record the transition. The opportunity QualifyLead then creates carries the lead's score, grade
/// and MQL/SAL/SQL dates through the solution's lead to opportunity column mappings. Calls: read the stage, update.
/// </summary>
[PluginStep(StepId, "QualifyLead", Tables.Lead, PipelineStage.PreOperation, Description = "Move the qualified lead to Opportunity")]
public sealed class QualifyLeadMovePlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "f7d40516-ac8e-4a5f-9e9b-4b2c6d8eaf75";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var leadId = QualifyLeadGatePlugin.LeadOf(context);
        var stage = FunnelOptions.Stage(context.UserService.Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.Stage)).GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(LeadColumns.Stage));
        if (stage == FunnelStage.Opportunity)
        {
            context.Trace("Lead {0} is already in the Opportunity stage.", leadId);
            return;
        }

        context.UserService.Update(LeadMoves.QualifyLead(leadId));
    }
}
