namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// The counters of one snapshot row (period, stage), all cohort-based on the first entry into the stage:
    /// volume = leads whose first entry into the stage falls in the period; conversion denominator = the same leads
    /// (progression stages Known..Opportunity only), numerator = those of them converted (first entry into a later
    /// progression stage at or after); velocity = over those that first entered the next progression stage at or
    /// after, the count and the sum of whole seconds between the two first entries. Mean days =
    /// <c>VelocitySecondsSum / VelocityCount / 86400</c>. Integer counters, so deltas add up exactly.
    /// </summary>
    public sealed class SnapshotCounters
    {
        /// <summary>Volume.</summary>
        public long Volume { get; set; }

        /// <summary>Conversion numerator.</summary>
        public long ConversionNumerator { get; set; }

        /// <summary>Conversion denominator.</summary>
        public long ConversionDenominator { get; set; }

        /// <summary>Sum of whole seconds to the next stage.</summary>
        public long VelocitySecondsSum { get; set; }

        /// <summary>How many leads the velocity sum covers.</summary>
        public long VelocityCount { get; set; }

        /// <summary>Conversion, or null for a zero denominator.</summary>
        public double? Conversion => ConversionDenominator == 0 ? (double?)null : (double)ConversionNumerator / ConversionDenominator;

        /// <summary>Mean days to the next stage, or null without any.</summary>
        public double? MeanVelocityDays => VelocityCount == 0 ? (double?)null : VelocitySecondsSum / (double)VelocityCount / 86400.0;

        /// <summary>True when every counter is zero (the row can be deleted).</summary>
        public bool IsEmpty => Volume == 0 && ConversionNumerator == 0 && ConversionDenominator == 0 && VelocitySecondsSum == 0 && VelocityCount == 0;

        /// <summary>Adds a change to these counters.</summary>
        public void Apply(SnapshotChange change)
        {
            Volume += change.Volume;
            ConversionNumerator += change.ConversionNumerator;
            ConversionDenominator += change.ConversionDenominator;
            VelocitySecondsSum += change.VelocitySecondsSum;
            VelocityCount += change.VelocityCount;
        }
    }
}
