namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>One stage now against its trailing baseline.</summary>
    public sealed class BaselineLine
    {
        internal BaselineLine(FunnelStage stage, long currentVolume, double? expectedVolume, double? currentConversion, double? baselineConversion, double? currentVelocity, double? baselineVelocity)
        {
            Stage = stage;
            CurrentVolume = currentVolume;
            ExpectedVolume = expectedVolume;
            CurrentConversion = currentConversion;
            BaselineConversion = baselineConversion;
            CurrentVelocityDays = currentVelocity;
            BaselineVelocityDays = baselineVelocity;
        }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Volume in the current window.</summary>
        public long CurrentVolume { get; }

        /// <summary>The baseline volume scaled to the current window's length (baseline volume x current days / baseline days).</summary>
        public double? ExpectedVolume { get; }

        /// <summary>Current volume / expected volume - 1; null when the expected volume is 0.</summary>
        public double? VolumeChange => ExpectedVolume.HasValue && ExpectedVolume.Value > 0 ? CurrentVolume / ExpectedVolume.Value - 1 : (double?)null;

        /// <summary>Conversion in the current window.</summary>
        public double? CurrentConversion { get; }

        /// <summary>Conversion over the baseline window.</summary>
        public double? BaselineConversion { get; }

        /// <summary>Current minus baseline conversion (percentage points as a fraction); null when either is null.</summary>
        public double? ConversionChange => CurrentConversion.HasValue && BaselineConversion.HasValue ? CurrentConversion.Value - BaselineConversion.Value : (double?)null;

        /// <summary>Mean days to the next stage now.</summary>
        public double? CurrentVelocityDays { get; }

        /// <summary>Mean days to the next stage over the baseline.</summary>
        public double? BaselineVelocityDays { get; }

        /// <summary>Current minus baseline mean days; null when either is null.</summary>
        public double? VelocityChangeDays => CurrentVelocityDays.HasValue && BaselineVelocityDays.HasValue ? CurrentVelocityDays.Value - BaselineVelocityDays.Value : (double?)null;
    }
}
