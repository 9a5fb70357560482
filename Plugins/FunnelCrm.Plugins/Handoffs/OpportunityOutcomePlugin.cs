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
/// Closes the funnel of an opportunity's originating lead. Win and Lose (inputs OpportunityClose and Status; no Target,
/// no images) create the opportunity close activity inside their transaction; this post-operation step on that Create
/// reads which of the two is running from the parent context and records a Won or Lost transition row for the lead,
/// with the opportunity, the close date and, for a win, the actual revenue in the base currency. Registered on Create
/// rather than on Win and Lose themselves: Create's SdkMessageId is the same in every organization and verified. A
/// close activity created outside Win and Lose, an opportunity without an originating lead, or a lead not in the
/// Opportunity stage records nothing (traced).
/// </summary>
[PluginStep(StepId, "Create", Tables.OpportunityClose, PipelineStage.PostOperation, Description = "Record the originating lead's Won or Lost transition when its opportunity is closed")]
public sealed class OpportunityOutcomePlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "19f62738-ce0a-4c71-9abd-6d4e8f0ac197";

    /// <summary>The SDK message that closes an opportunity as won.</summary>
    public const string WinMessage = "Win";

    /// <summary>The SDK message that closes an opportunity as lost.</summary>
    public const string LoseMessage = "Lose";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var closing = ParentOperations.Nearest(context.Context, WinMessage, LoseMessage);
        if (closing == null)
        {
            context.Trace("The close activity was created outside Win and Lose: nothing to record.");
            return;
        }

        var won = string.Equals(closing.MessageName, WinMessage, StringComparison.OrdinalIgnoreCase);
        var close = context.Target;
        var opportunityId = close.GetAttributeValue<EntityReference>("opportunityid")?.Id ?? closing.PrimaryEntityId;
        var record = OpportunityTransitions.Read(context, opportunityId);
        if (record == null)
        {
            return;
        }

        var on = close.GetAttributeValue<DateTime?>("actualend") ?? context.Clock.UtcNow;
        var status = (closing.InputParameters.Contains("Status") ? closing.InputParameters["Status"] as OptionSetValue : null)?.Value;
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
        var revenue = won ? record.BaseAmount(close.GetAttributeValue<Money>("actualrevenue")) : null;
        record.Record(FunnelStage.Opportunity, transition.To, transition.On, won ? TriggerOption.OpportunityWon : TriggerOption.OpportunityLost, reason, transition.IsNetNew, revenue);
    }

    private static string LostReason(int? status, Entity close)
    {
        var label = status == 4 ? "Canceled" : status == 5 ? "Out-sold" : null;
        var description = close.GetAttributeValue<string>("description") ?? close.GetAttributeValue<string>("subject");
        return label == null ? description ?? "" : label + (string.IsNullOrWhiteSpace(description) ? "" : ", " + description);
    }
}
