using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>Asks the stage machine whether an event would move the lead, without writing anything.</summary>
internal static class LeadHandoff
{
    public static TransitionResult Check(ActivityRun context, LeadRecord lead, StageEvent stageEvent)
    {
        var configuration = context.Configuration;
        var card = configuration.Engine.Evaluate(lead.ScoreState, context.Clock.UtcNow);
        return configuration.Stages.Apply(lead.FunnelState(card.Total, card.Fit), stageEvent);
    }
}
