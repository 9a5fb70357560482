namespace FunnelCrm.Funnel.Stages
{
    /// <summary>What the transition function decided.</summary>
    public enum TransitionOutcome
    {
        /// <summary>The lead moves; the result carries the transition record.</summary>
        Moved = 0,

        /// <summary>The event does not move the lead (e.g. a score change below the threshold); not an error.</summary>
        Unchanged = 1,

        /// <summary>The move asked for is not allowed; the message says what is missing.</summary>
        Refused = 2,
    }
}
