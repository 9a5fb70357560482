using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Inputs of the pipeline forecast besides the history.</summary>
    public sealed class ForecastOptions
    {
        /// <summary>Average deal size (base currency) per won deal.</summary>
        public decimal AverageDealSize { get; set; }

        /// <summary>The zone the close months are cut in (default UTC).</summary>
        public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

        /// <summary>Rates come from cohorts whose first entry is at or after this instant; null for all history.</summary>
        public DateTime? RatesFromUtc { get; set; }

        /// <summary>Rates come from cohorts whose first entry is before this instant; null for all history.</summary>
        public DateTime? RatesToUtc { get; set; }
    }
}
