namespace FunnelCrm.Funnel
{
    /// <summary>
    /// The funnel stages. The progression stages run Known &lt; Engaged &lt; Mql &lt; Sal &lt; Sql &lt; Opportunity &lt; Won;
    /// Lost closes an opportunity; Recycled and Disqualified are the exits. The numeric values are the engine's own
    /// (the CRM mapping translates them to option set values).
    /// </summary>
    public enum FunnelStage
    {
        /// <summary>Email address known, no engagement yet.</summary>
        Known = 0,

        /// <summary>Takes part in marketing (first qualifying interaction).</summary>
        Engaged = 1,

        /// <summary>Marketing qualified: score at or above the threshold and fit at or above the minimum.</summary>
        Mql = 2,

        /// <summary>Sales accepted: accepted by a rep or a meeting is booked.</summary>
        Sal = 3,

        /// <summary>Sales qualified: the BANT items required for SQL pass.</summary>
        Sql = 4,

        /// <summary>Opportunity: the BANT items required for opportunity pass (all four by default).</summary>
        Opportunity = 5,

        /// <summary>Opportunity won.</summary>
        Won = 6,

        /// <summary>Opportunity lost.</summary>
        Lost = 7,

        /// <summary>Back to nurturing (rejected or SLA breached); may re-enter the funnel, not net-new.</summary>
        Recycled = 8,

        /// <summary>Out of the funnel for good (unless reopened by hand).</summary>
        Disqualified = 9,
    }
}
