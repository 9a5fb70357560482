using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// What a lead stores of its score: the behaviour score valid as of <see cref="ScoredOn"/> (it decays from there),
    /// the fit score (fit plus negative rules, no decay), the last engagement and the <see cref="ScoreLedger"/>
    /// (caps and recycles, one text column). Immutable; the engine returns new states.
    /// </summary>
    public sealed class LeadScoreState
    {
        /// <summary>A lead never scored.</summary>
        public static readonly LeadScoreState Empty = new LeadScoreState(0, 0, null, null, ScoreLedger.Empty);

        /// <summary>Creates a state from stored values.</summary>
        public LeadScoreState(double behaviourScore, double fitScore, DateTime? scoredOn, DateTime? lastEngagementOn, ScoreLedger? ledger)
        {
            BehaviourScore = behaviourScore;
            FitScore = fitScore;
            ScoredOn = scoredOn.HasValue ? Times.AsUtc(scoredOn.Value) : (DateTime?)null;
            LastEngagementOn = lastEngagementOn.HasValue ? Times.AsUtc(lastEngagementOn.Value) : (DateTime?)null;
            Ledger = ledger ?? ScoreLedger.Empty;
        }

        /// <summary>The behaviour score as of <see cref="ScoredOn"/>.</summary>
        public double BehaviourScore { get; }

        /// <summary>The fit score (fit plus negative rule points).</summary>
        public double FitScore { get; }

        /// <summary>The instant the behaviour score is valid for; null when never scored.</summary>
        public DateTime? ScoredOn { get; }

        /// <summary>The latest activity that matched a behaviour rule with positive points; null when none.</summary>
        public DateTime? LastEngagementOn { get; }

        /// <summary>Cap counts and recycle marks.</summary>
        public ScoreLedger Ledger { get; }

        /// <summary>The behaviour score decayed to <paramref name="when"/>: <c>b * 2^(-(when - scoredOn) / halfLife)</c>.</summary>
        public double BehaviourAt(DateTime when, double halfLifeDays)
        {
            return ScoredOn.HasValue ? BehaviourScore * Decay.Factor(Times.DaysBetween(ScoredOn.Value, Times.AsUtc(when)), halfLifeDays) : BehaviourScore;
        }

        /// <summary>The same state with another fit score.</summary>
        public LeadScoreState WithFitScore(double fitScore)
        {
            return new LeadScoreState(BehaviourScore, fitScore, ScoredOn, LastEngagementOn, Ledger);
        }
    }
}
