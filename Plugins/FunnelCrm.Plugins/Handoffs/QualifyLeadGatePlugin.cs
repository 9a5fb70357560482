using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// The CRM's Qualify obeys the funnel: before QualifyLead starts (pre-validation, outside the transaction; the message
/// has no Target and no images), the lead named by LeadId is read in one call and qualification is refused unless the
/// lead is an SQL (or already in the Opportunity stage) and the BANT items Opportunity requires pass; the message names
/// the lead and every missing or failing item.
/// </summary>
[PluginStep(StepId, "QualifyLead", Tables.Lead, PipelineStage.PreValidation, Description = "Refuse Qualify unless the lead is SQL with the BANT items Opportunity requires")]
public sealed class QualifyLeadGatePlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "e6c3f405-9b7d-4f4e-8d8a-3a1b5c7d9f64";

    /// <summary>The QualifyLead request's lead parameter.</summary>
    public const string LeadIdParameter = "LeadId";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var leadId = LeadOf(context);
        var columns = new ColumnSet(new[] { LeadStandardColumns.FullName, LeadColumns.Stage, LeadStandardColumns.BudgetAmountBase }.Concat(LeadRecord.BantColumnNames).ToArray());
        var lead = new LeadRecord(context.SystemService.Retrieve(Tables.Lead, leadId, columns));
        var stage = lead.Stage;
        if (stage != FunnelStage.Sql && stage != FunnelStage.Opportunity)
        {
            throw new InvalidPluginExecutionException("Cannot qualify lead '" + lead.Name + "': it is "
                + (stage == null ? "not in the funnel" : FunnelStages.Label(stage.Value)) + "; only an SQL can become an opportunity"
                + (stage == FunnelStage.Sal ? " (qualify it to SQL first)." : "."));
        }

        var bant = BantSettingsOf(context);
        var evaluation = BantGate.Evaluate(lead.Profile, bant);
        if (!evaluation.Passes(bant.RequiredForOpportunity))
        {
            throw new InvalidPluginExecutionException("Cannot qualify lead '" + lead.Name + "' into an opportunity: " + evaluation.Describe(bant.RequiredForOpportunity) + ".");
        }

        context.Trace("Lead '{0}' may be qualified.", lead.Name);
    }

    /// <summary>The lead a QualifyLead request names.</summary>
    public static System.Guid LeadOf(LocalPluginContext context) =>
        context.Context.InputParameters.Contains(LeadIdParameter) && context.Context.InputParameters[LeadIdParameter] is EntityReference lead
            ? lead.Id
            : context.Context.PrimaryEntityId;

    private static BantSettings BantSettingsOf(LocalPluginContext context) => FunnelConfigurationSource.For(context).Settings.Bant;
}
