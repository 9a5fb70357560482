namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// One stage's figures over a set of cohorts (a period, or the whole range). Definitions (cohort = leads whose FIRST
    /// entry into the stage falls in the period or range):
    /// <list type="bullet">
    /// <item>volume: the size of the cohort (distinct leads; re-entries do not count);</item>
    /// <item>conversion (Known..Opportunity): the share of the cohort whose first entry into any later progression
    /// stage is at or after their first entry into this one; null when the cohort is empty; always within 0..1;</item>
    /// <item>velocity: see <see cref="VelocityFigures"/> (to the next progression stage);</item>
    /// <item>to won (Known..Opportunity): the share of the cohort that first entered Won at or after entering this stage.</item>
    /// </list>
    /// Won, Lost, Recycled and Disqualified have volume only.
    /// </summary>
    public sealed class StageFigures
    {
        internal StageFigures(FunnelStage stage, long volume, long converted, long cohort, VelocityFigures velocity, long won)
        {
            Stage = stage;
            Volume = volume;
            ConversionNumerator = converted;
            ConversionDenominator = cohort;
            Velocity = velocity;
            WonNumerator = won;
        }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Volume.</summary>
        public long Volume { get; }

        /// <summary>Converted leads of the cohort.</summary>
        public long ConversionNumerator { get; }

        /// <summary>The cohort size counted for conversion (0 for stages without conversion).</summary>
        public long ConversionDenominator { get; }

        /// <summary>Conversion, null for a zero denominator.</summary>
        public double? Conversion => ConversionDenominator == 0 ? (double?)null : (double)ConversionNumerator / ConversionDenominator;

        /// <summary>Velocity to the next progression stage.</summary>
        public VelocityFigures Velocity { get; }

        /// <summary>Leads of the cohort that were won afterwards.</summary>
        public long WonNumerator { get; }

        /// <summary>Share of the cohort won afterwards, null for a zero denominator.</summary>
        public double? ToWon => ConversionDenominator == 0 ? (double?)null : (double)WonNumerator / ConversionDenominator;
    }
}
