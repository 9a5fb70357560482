using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A history scored from scratch by one model: the stamped activities, the final state and score card.</summary>
    public sealed class ReplayResult
    {
        internal ReplayResult(string modelVersion, IReadOnlyList<ScoredActivity> activities, LeadScoreState state, ScoreCard card)
        {
            ModelVersion = modelVersion;
            Activities = activities;
            State = state;
            Card = card;
        }

        /// <summary>The model version that scored the history.</summary>
        public string ModelVersion { get; }

        /// <summary>The activities in replay order (occurred-on, then id), each with the stamp this model gives it.</summary>
        public IReadOnlyList<ScoredActivity> Activities { get; }

        /// <summary>The lead's state after the replay (fit from the profile).</summary>
        public LeadScoreState State { get; }

        /// <summary>The score as of the replay instant.</summary>
        public ScoreCard Card { get; }
    }
}
