using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Closes the funnel of an opportunity's originating lead: after WinOpportunity or LoseOpportunity (inputs
/// OpportunityClose and Status; no Target, no images), a Won or Lost transition row is recorded for the lead, with the
/// opportunity, the close date and, for a win, the actual revenue in the base currency. An opportunity without an
/// originating lead, or whose lead is not in the Opportunity stage, is closed without a funnel row (traced).
/// </summary>
[PluginStep(WinStepId, "WinOpportunity", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record the originating lead's Won transition")]
[PluginStep(LoseStepId, "LoseOpportunity", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record the originating lead's Lost transition")]
public sealed class OpportunityOutcomePlugin : PluginBase
{
    /// <summary>Step id: WinOpportunity.</summary>
    public const string WinStepId = "19f62738-ce0a-4c71-9abd-6d4e8f0ac197";

    /// <summary>Step id: LoseOpportunity.</summary>
    public const string LoseStepId = "2a073849-df1b-4d82-8bce-7e5f901bd2a8";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var won = context.Context.MessageName == "WinOpportunity";
        var close = context.Context.InputParameters["OpportunityClose"] as Entity
            ?? throw new InvalidPluginExecutionException("FunnelCrm expected the OpportunityClose of " + context.Context.MessageName + ".");
        var opportunityId = close.GetAttributeValue<EntityReference>("opportunityid")?.Id ?? context.Context.PrimaryEntityId;
        var record = OpportunityTransitions.Read(context, opportunityId);
        if (record == null)
        {
            return;
        }

        var now = context.Clock.UtcNow;
        var on = close.GetAttributeValue<DateTime?>("actualend") ?? now;
        var status = (context.Context.InputParameters.Contains("Status") ? context.Context.InputParameters["Status"] as OptionSetValue : null)?.Value;
        var stageEvent = won ? StageEvent.OpportunityWon(on) : StageEvent.OpportunityLost(on, LostReason(status, close));
        var result = FunnelConfigurationSource.For(context).Stages.Apply(record.State(), stageEvent);
        if (!result.Moved || result.Transition == null)
        {
            context.Trace("Lead {0} stays out of the close: {1}", record.Lead.Id, result.Message);
            return;
        }

        var transition = result.Transition;
        var name = record.Opportunity.GetAttributeValue<string>(OpportunityStandardColumns.Name);
        var reason = transition.Reason + (string.IsNullOrWhiteSpace(name) ? "" : " ('" + name + "')");
        var revenue = won ? record.Opportunity.GetAttributeValue<Money>(OpportunityStandardColumns.ActualValueBase)?.Value : null;
        record.Record(FunnelStage.Opportunity, transition.To, transition.On, won ? TriggerOption.OpportunityWon : TriggerOption.OpportunityLost, reason, transition.IsNetNew, revenue);
    }

    private static string LostReason(int? status, Entity close)
    {
        var label = status == 4 ? "Canceled" : status == 5 ? "Out-sold" : null;
        var description = close.GetAttributeValue<string>("description") ?? close.GetAttributeValue<string>("subject");
        return label == null ? description ?? "" : label + (string.IsNullOrWhiteSpace(description) ? "" : ", " + description);
    }
}
