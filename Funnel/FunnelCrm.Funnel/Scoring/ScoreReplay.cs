using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Re-scores a lead's whole history with a model, ignoring the stamps the activities carry: activities are applied
    /// in occurred-on order (ties by id, ordinal), so caps fill in time order, and each gets the stamp this model gives
    /// it. For a model without caps the result equals incremental scoring in any arrival order.
    /// </summary>
    public static class ScoreReplay
    {
        /// <summary>Replays <paramref name="activities"/> and the profile at <paramref name="now"/>.</summary>
        public static ReplayResult Replay(ScoringEngine engine, IEnumerable<ScoredActivity> activities, IReadOnlyDictionary<string, object?> profile, DateTime now)
        {
            if (engine == null)
            {
                throw new ArgumentNullException(nameof(engine));
            }

            if (activities == null)
            {
                throw new ArgumentNullException(nameof(activities));
            }

            now = Times.AsUtc(now);
            var ordered = new List<ScoredActivity>(activities);
            ordered.Sort((a, b) =>
            {
                int byTime = a.OccurredOn.CompareTo(b.OccurredOn);
                return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
            });
            LeadScoreState state = LeadScoreState.Empty;
            var stamped = new List<ScoredActivity>(ordered.Count);
            foreach (ScoredActivity activity in ordered)
            {
                ActivityScoring scoring = engine.Score(state, activity.WithStamp(null), now);
                state = scoring.State;
                stamped.Add(activity.WithStamp(scoring.Stamp));
            }

            state = engine.ApplyProfile(state, profile, now);
            return new ReplayResult(engine.Version, stamped, state, engine.Evaluate(state, now));
        }
    }
}
