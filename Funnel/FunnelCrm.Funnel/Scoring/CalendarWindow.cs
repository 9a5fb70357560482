namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A fixed calendar window in UTC that a frequency cap counts in.</summary>
    public enum CalendarWindow
    {
        /// <summary>A UTC calendar day.</summary>
        Day = 0,

        /// <summary>An ISO 8601 week, Monday 00:00 to Sunday 24:00 UTC.</summary>
        Week = 1,

        /// <summary>A UTC calendar month.</summary>
        Month = 2,
    }
}
