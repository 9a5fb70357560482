namespace FunnelCrm.Funnel.Stages
{
    /// <summary>What moved (or tried to move) a lead: the kinds of <see cref="StageEvent"/>.</summary>
    public enum StageTrigger
    {
        /// <summary>The lead was created (with an email address: Known).</summary>
        Created = 0,

        /// <summary>The score changed (may reach MQL).</summary>
        ScoreChanged = 1,

        /// <summary>An activity was scored (a qualifying one engages the lead; may reach MQL).</summary>
        Activity = 2,

        /// <summary>A meeting was booked with the lead (MQL to SAL).</summary>
        MeetingBooked = 3,

        /// <summary>A rep accepted the lead (MQL to SAL).</summary>
        Accepted = 4,

        /// <summary>A rep rejected the lead with a reason (to Recycled).</summary>
        Rejected = 5,

        /// <summary>A rep qualified the lead (SAL to SQL, SQL to Opportunity) through the BANT gate.</summary>
        Qualified = 6,

        /// <summary>BANT columns changed (SQL to Opportunity when all required items pass).</summary>
        BantChanged = 7,

        /// <summary>The opportunity was won.</summary>
        OpportunityWon = 8,

        /// <summary>The opportunity was lost.</summary>
        OpportunityLost = 9,

        /// <summary>An SLA was found breached (an MQL not accepted in time is recycled when the settings say so).</summary>
        SlaBreached = 10,

        /// <summary>A rep disqualified the lead with a reason.</summary>
        Disqualified = 11,

        /// <summary>Someone set the stage by hand, with a reason.</summary>
        ManualChange = 12,

        /// <summary>A won or lost opportunity was reopened (back to Opportunity, never net-new).</summary>
        OpportunityReopened = 13,
    }
}
