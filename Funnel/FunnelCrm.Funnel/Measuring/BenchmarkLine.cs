namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>One stage measured against the user's benchmark.</summary>
    public sealed class BenchmarkLine
    {
        internal BenchmarkLine(FunnelStage stage, double? measuredConversion, double? benchmarkConversion, double? measuredVelocity, double? benchmarkVelocity)
        {
            Stage = stage;
            MeasuredConversion = measuredConversion;
            BenchmarkConversion = benchmarkConversion;
            MeasuredVelocityDays = measuredVelocity;
            BenchmarkVelocityDays = benchmarkVelocity;
        }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Measured conversion.</summary>
        public double? MeasuredConversion { get; }

        /// <summary>Benchmark conversion.</summary>
        public double? BenchmarkConversion { get; }

        /// <summary>Measured minus benchmark conversion; null when either is missing.</summary>
        public double? ConversionGap => MeasuredConversion.HasValue && BenchmarkConversion.HasValue ? MeasuredConversion.Value - BenchmarkConversion.Value : (double?)null;

        /// <summary>Measured mean days to the next stage.</summary>
        public double? MeasuredVelocityDays { get; }

        /// <summary>Benchmark mean days to the next stage.</summary>
        public double? BenchmarkVelocityDays { get; }

        /// <summary>Measured minus benchmark days (positive = slower); null when either is missing.</summary>
        public double? VelocityGapDays => MeasuredVelocityDays.HasValue && BenchmarkVelocityDays.HasValue ? MeasuredVelocityDays.Value - BenchmarkVelocityDays.Value : (double?)null;
    }
}
