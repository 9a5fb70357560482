namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>The result of scoring or removing one activity.</summary>
    public sealed class ActivityScoring
    {
        internal ActivityScoring(LeadScoreState state, ActivityStamp? stamp, ScoringOutcome outcome, string? ruleId)
        {
            State = state;
            Stamp = stamp;
            Outcome = outcome;
            RuleId = ruleId;
        }

        /// <summary>The lead's new state (the same instance when nothing changed).</summary>
        public LeadScoreState State { get; }

        /// <summary>The stamp to write on the activity; after a removal, null (clear the stamp).</summary>
        public ActivityStamp? Stamp { get; }

        /// <summary>What happened.</summary>
        public ScoringOutcome Outcome { get; }

        /// <summary>The matching rule's id, when one matched.</summary>
        public string? RuleId { get; }

        /// <summary>True when the state changed and must be written.</summary>
        public bool Changed => Outcome != ScoringOutcome.AlreadyScored && Outcome != ScoringOutcome.NotScored;
    }
}
