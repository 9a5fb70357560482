namespace FunnelCrm.Funnel.Sla
{
    /// <summary>SLA lengths and whether they count business hours.</summary>
    public sealed class SlaSettings
    {
        /// <summary>Hours from routing to acceptance of an MQL (default 24).</summary>
        public double MqlAcceptanceHours { get; set; } = 24;

        /// <summary>Hours from a webinar to the attendee's follow-up (default 12).</summary>
        public double WebinarFollowUpHours { get; set; } = 12;

        /// <summary>When set, the hours count working time of this calendar; null counts wall-clock hours.</summary>
        public BusinessCalendar? BusinessHours { get; set; }
    }
}
