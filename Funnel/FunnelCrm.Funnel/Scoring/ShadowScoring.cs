using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Scores the same history with the live and a candidate model (shadow scoring); nothing is written.</summary>
    public static class ShadowScoring
    {
        /// <summary>Replays the history with both engines at <paramref name="now"/>.</summary>
        public static ShadowComparison Compare(ScoringEngine live, ScoringEngine candidate, IReadOnlyList<ScoredActivity> activities, IReadOnlyDictionary<string, object?> profile, DateTime now)
        {
            if (live == null)
            {
                throw new ArgumentNullException(nameof(live));
            }

            if (candidate == null)
            {
                throw new ArgumentNullException(nameof(candidate));
            }

            return new ShadowComparison(ScoreReplay.Replay(live, activities, profile, now), ScoreReplay.Replay(candidate, activities, profile, now));
        }
    }
}
