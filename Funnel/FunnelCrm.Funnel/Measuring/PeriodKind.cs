namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Reporting periods, in the configured time zone.</summary>
    public enum PeriodKind
    {
        /// <summary>A calendar day.</summary>
        Day = 0,

        /// <summary>An ISO 8601 week (Monday to Sunday).</summary>
        Week = 1,

        /// <summary>A calendar month.</summary>
        Month = 2,

        /// <summary>A calendar quarter (January, April, July, October).</summary>
        Quarter = 3,
    }
}
