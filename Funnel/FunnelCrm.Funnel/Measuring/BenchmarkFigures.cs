using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Figures the user supplies to compare with (industry averages): conversion and mean days to the next stage.</summary>
    public sealed class BenchmarkFigures
    {
        /// <summary>Conversion per stage (0..1).</summary>
        public Dictionary<FunnelStage, double> Conversion { get; set; } = new Dictionary<FunnelStage, double>();

        /// <summary>Mean days to the next stage, per stage.</summary>
        public Dictionary<FunnelStage, double> VelocityDays { get; set; } = new Dictionary<FunnelStage, double>();
    }
}
