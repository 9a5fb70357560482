using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>How to measure: period kind, time zone, the cohort range and the bottleneck's minimum cohort.</summary>
    public sealed class MeasureOptions
    {
        /// <summary>The period kind (default month).</summary>
        public PeriodKind Period { get; set; } = PeriodKind.Month;

        /// <summary>The zone periods are cut in (default UTC; see <c>FunnelTimeZones.Find</c>).</summary>
        public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

        /// <summary>Only cohorts whose first entry is at or after this UTC instant count; null for no lower bound.</summary>
        public DateTime? FromUtc { get; set; }

        /// <summary>Only cohorts whose first entry is before this UTC instant count; null for no upper bound.</summary>
        public DateTime? ToUtc { get; set; }

        /// <summary>The smallest conversion denominator a stage needs to be the bottleneck (default 20).</summary>
        public int MinimumCohort { get; set; } = 20;

        internal MeasureOptions WithRange(DateTime? fromUtc, DateTime? toUtc)
        {
            return new MeasureOptions { Period = Period, TimeZone = TimeZone, FromUtc = fromUtc, ToUtc = toUtc, MinimumCohort = MinimumCohort };
        }
    }
}
