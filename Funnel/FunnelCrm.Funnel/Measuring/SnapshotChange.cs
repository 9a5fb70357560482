namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>A change to add to one snapshot row (period, stage); the counters are differences and may be negative.</summary>
    public sealed class SnapshotChange
    {
        internal SnapshotChange(Period period, FunnelStage stage)
        {
            Period = period;
            Stage = stage;
        }

        /// <summary>The row's period.</summary>
        public Period Period { get; }

        /// <summary>The row's stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Change of volume.</summary>
        public long Volume { get; internal set; }

        /// <summary>Change of the conversion numerator.</summary>
        public long ConversionNumerator { get; internal set; }

        /// <summary>Change of the conversion denominator.</summary>
        public long ConversionDenominator { get; internal set; }

        /// <summary>Change of the velocity seconds sum.</summary>
        public long VelocitySecondsSum { get; internal set; }

        /// <summary>Change of the velocity count.</summary>
        public long VelocityCount { get; internal set; }

        internal bool IsZero => Volume == 0 && ConversionNumerator == 0 && ConversionDenominator == 0 && VelocitySecondsSum == 0 && VelocityCount == 0;
    }
}
