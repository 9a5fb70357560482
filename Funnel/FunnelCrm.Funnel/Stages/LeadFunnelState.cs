using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>What the transition function needs to know of a lead.</summary>
    public sealed class LeadFunnelState
    {
        /// <summary>Creates the state.</summary>
        /// <param name="leadId">The lead.</param>
        /// <param name="stage">The current stage; null before the lead's first transition.</param>
        /// <param name="score">The lead's score now (behaviour decayed + fit).</param>
        /// <param name="fitScore">The fit score (fit plus negative rules).</param>
        /// <param name="profile">The lead's columns (email address, BANT columns), column name to primitive value.</param>
        /// <param name="enteredStages">Every stage the lead entered before (for the net-new flag); null means none.</param>
        public LeadFunnelState(Guid leadId, FunnelStage? stage, double score, double fitScore, IReadOnlyDictionary<string, object?> profile, IEnumerable<FunnelStage>? enteredStages = null)
        {
            LeadId = leadId;
            Stage = stage;
            Score = score;
            FitScore = fitScore;
            Profile = profile ?? throw new ArgumentNullException(nameof(profile));
            var entered = new List<FunnelStage>();
            if (enteredStages != null)
            {
                entered.AddRange(enteredStages);
            }

            if (stage.HasValue && !entered.Contains(stage.Value))
            {
                entered.Add(stage.Value);
            }

            EnteredStages = entered;
        }

        /// <summary>The lead.</summary>
        public Guid LeadId { get; }

        /// <summary>The current stage, null before the first transition.</summary>
        public FunnelStage? Stage { get; }

        /// <summary>The score now.</summary>
        public double Score { get; }

        /// <summary>The fit score.</summary>
        public double FitScore { get; }

        /// <summary>The lead's columns.</summary>
        public IReadOnlyDictionary<string, object?> Profile { get; }

        /// <summary>Stages entered before (including the current one).</summary>
        public IReadOnlyList<FunnelStage> EnteredStages { get; }
    }
}
