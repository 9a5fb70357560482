using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// Where an open lead that existed before FunnelCrm went live stands in the funnel, by the rules a new lead follows:
/// Known with an email address, Engaged once it has behaviour points, MQL when its score meets the MQL threshold
/// (and fit minimum). A lead without an email address has no baseline: it stays outside the funnel, as a new one would.
/// </summary>
public static class BaselineStage
{
    /// <summary>The stage for the lead with its current score, or null when it stays outside the funnel.</summary>
    public static FunnelStage? Of(FunnelConfiguration configuration, LeadRecord lead, ScoreCard card, DateTime now)
    {
        var stages = configuration.Stages;
        var created = stages.Apply(lead.FunnelState(null, card.Total, card.Fit), StageEvent.Created(now));
        if (!created.Moved || created.Transition == null)
        {
            return null;
        }

        var stage = created.Transition.To;
        if (card.Behaviour > 0)
        {
            stage = Next(stages.Apply(lead.FunnelState(stage, card.Total, card.Fit), StageEvent.Activity(now, engaging: true)), stage);
        }

        return Next(stages.Apply(lead.FunnelState(stage, card.Total, card.Fit), StageEvent.ScoreChanged(now)), stage);
    }

    private static FunnelStage Next(TransitionResult result, FunnelStage stage) =>
        result.Moved && result.Transition != null ? result.Transition.To : stage;
}
