namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The fixed list of reasons a rep may reject a lead with (the report counts them).</summary>
    public enum RejectionReason
    {
        /// <summary>Could not reach the person.</summary>
        NotReachable = 0,

        /// <summary>No budget.</summary>
        NoBudget = 1,

        /// <summary>No need for the product.</summary>
        NoNeed = 2,

        /// <summary>Not a person who can decide or influence.</summary>
        NoAuthority = 3,

        /// <summary>Not now; timing is wrong.</summary>
        BadTiming = 4,

        /// <summary>Outside the ideal customer profile.</summary>
        NotInTargetGroup = 5,

        /// <summary>Works for a competitor.</summary>
        Competitor = 6,

        /// <summary>Duplicate of another lead.</summary>
        Duplicate = 7,

        /// <summary>Not enough information to act on.</summary>
        InsufficientInformation = 8,
    }
}
