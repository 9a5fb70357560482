using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// Moves scored activities from one lead's score state to another's, as a merge does: each activity leaves the source
/// exactly as <see cref="ScoringEngine.Remove"/> takes it away, and the target gains what it contributes now (its stamped
/// points, decayed from its own time and reduced by the source's recycling), without scoring it again.
/// </summary>
public sealed class ScoreTransfer
{
    private ScoreTransfer(LeadScoreState source, LeadScoreState target, double moved)
    {
        Source = source;
        Target = target;
        MovedPoints = moved;
    }

    /// <summary>The source lead's state without the activities.</summary>
    public LeadScoreState Source { get; }

    /// <summary>The target lead's state with the activities.</summary>
    public LeadScoreState Target { get; }

    /// <summary>The behaviour points that moved, as of the transfer.</summary>
    public double MovedPoints { get; }

    /// <summary>Moves <paramref name="activities"/> (stamped, with points) from <paramref name="source"/> to <paramref name="target"/> at <paramref name="now"/>.</summary>
    public static ScoreTransfer Move(ScoringEngine engine, LeadScoreState source, LeadScoreState target, IEnumerable<ScoredActivity> activities, DateTime now)
    {
        var remaining = source;
        var moved = 0.0;
        var lastEngagement = target.LastEngagementOn;
        foreach (var activity in activities)
        {
            moved += engine.ContributionAt(source, activity, now);
            remaining = engine.Remove(remaining, activity, now).State;
            if (activity.Stamp != null && activity.Stamp.Points > 0 && (lastEngagement == null || activity.OccurredOn > lastEngagement.Value))
            {
                lastEngagement = activity.OccurredOn;
            }
        }

        var behaviour = target.BehaviourAt(now, engine.Model.BehaviourHalfLifeDays) + moved;
        var gained = new LeadScoreState(behaviour, target.FitScore, now, lastEngagement, target.Ledger);
        return new ScoreTransfer(remaining, gained, moved);
    }
}
