namespace FunnelCrm.Funnel.Sla
{
    /// <summary>The service levels the funnel tracks.</summary>
    public enum SlaKind
    {
        /// <summary>Sales accepts (or rejects) an MQL within N hours of its routing (default 24).</summary>
        MqlAcceptance = 0,

        /// <summary>A webinar attendee gets a follow-up within N hours of the webinar (default 12).</summary>
        WebinarFollowUp = 1,
    }
}
