namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>What happened to one activity.</summary>
    public enum ScoringOutcome
    {
        /// <summary>A rule matched and the points were added.</summary>
        Scored = 0,

        /// <summary>No active rule matches the activity; it is stamped with 0 points.</summary>
        NoRule = 1,

        /// <summary>The rule's cap for the activity's window is reached; stamped with 0 points.</summary>
        Capped = 2,

        /// <summary>The rule is capped and the activity's window ended before the cap horizon; stamped with 0 points.</summary>
        BeyondCapHorizon = 3,

        /// <summary>The activity carried a stamp already; nothing changed.</summary>
        AlreadyScored = 4,

        /// <summary>The stamped contribution was subtracted.</summary>
        Removed = 5,

        /// <summary>Removal asked for an activity without a stamp; nothing changed.</summary>
        NotScored = 6,
    }
}
