using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>Writes a lead's score state, total, grade and explanation into an update of the lead.</summary>
public static class LeadScoreColumns
{
    /// <summary>Sets the score columns of <paramref name="update"/> from the new state; returns the score card.</summary>
    public static ScoreCard Write(Entity update, FunnelConfiguration configuration, LeadScoreState state, TopContributions top, LeadRecord lead, DateTime now)
    {
        var score = ScoreNow.Of(configuration, state, top, lead, now);
        var card = score.Card;
        update[LeadColumns.BehaviourScore] = card.Behaviour;
        update[LeadColumns.FitScore] = (int)Math.Round(card.Fit);
        update[LeadColumns.ScoredOn] = now;
        update[LeadColumns.LastEngagementOn] = state.LastEngagementOn;
        update[LeadColumns.CapWindows] = state.Ledger.ToString();
        update[LeadColumns.TopContributions] = top.ToString();
        update[LeadColumns.Score] = score.Score;
        update[LeadColumns.Grade] = FunnelOptions.Grade(score.Grade);
        update[LeadColumns.ScoreExplanation] = Limit(score.Explanation.Text, 2000);
        update[LeadColumns.ModelVersion] = configuration.Engine.Version;
        return card;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
}
