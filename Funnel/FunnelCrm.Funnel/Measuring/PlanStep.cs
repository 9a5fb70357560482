using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>One stage of the backwards plan.</summary>
    public sealed class PlanStep
    {
        internal PlanStep(FunnelStage stage, double? required, double? conversion, DateTime? latestStart)
        {
            Stage = stage;
            RequiredVolume = required;
            Conversion = conversion;
            LatestStartUtc = latestStart;
        }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Leads that must enter the stage (exact); null when a conversion on the way is missing or zero.</summary>
        public double? RequiredVolume { get; }

        /// <summary>The required volume rounded up to whole leads.</summary>
        public long? RequiredLeads => RequiredVolume.HasValue ? (long)Math.Ceiling(RequiredVolume.Value - 1e-9) : (long?)null;

        /// <summary>The conversion used from this stage onwards (null for Won).</summary>
        public double? Conversion { get; }

        /// <summary>The latest time leads must enter the stage to be won by the deadline; null when a velocity is missing.</summary>
        public DateTime? LatestStartUtc { get; }
    }
}
