using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// The funnel measured over a range: per period and overall figures per stage, the bottleneck, SAL to won and SQL
    /// to won. Periods with no cohort are not listed; an empty history gives no periods, zero volumes and null rates.
    /// </summary>
    public sealed class FunnelReport
    {
        internal FunnelReport(IReadOnlyList<PeriodFigures> periods, IReadOnlyList<StageFigures> overall, FunnelStage? bottleneck, long leads)
        {
            Periods = periods;
            Overall = overall;
            Bottleneck = bottleneck;
            LeadCount = leads;
        }

        /// <summary>The periods that hold any first entry in the range, in time order.</summary>
        public IReadOnlyList<PeriodFigures> Periods { get; }

        /// <summary>The figures over the whole range, one per stage in stage order.</summary>
        public IReadOnlyList<StageFigures> Overall { get; }

        /// <summary>
        /// The progression stage (Known..Opportunity) with the lowest overall conversion among those whose cohort has at
        /// least the minimum size; ties go to the earlier stage; null when no stage has a big enough cohort.
        /// </summary>
        public FunnelStage? Bottleneck { get; }

        /// <summary>Distinct leads in the history measured (before the range filter).</summary>
        public long LeadCount { get; }

        /// <summary>SAL conversion rate: share of the SAL cohort won afterwards (null for an empty cohort).</summary>
        public double? SalToWon => Overall[(int)FunnelStage.Sal].ToWon;

        /// <summary>SQL conversion rate: share of the SQL cohort won afterwards (null for an empty cohort).</summary>
        public double? SqlToWon => Overall[(int)FunnelStage.Sql].ToWon;

        /// <summary>The overall figures of one stage.</summary>
        public StageFigures this[FunnelStage stage] => Overall[(int)stage];

        /// <summary>The overall conversion per progression stage that has one (for forecasts and plans).</summary>
        public IReadOnlyDictionary<FunnelStage, double> ConversionRates()
        {
            var rates = new Dictionary<FunnelStage, double>();
            foreach (StageFigures figures in Overall)
            {
                if (figures.Conversion.HasValue)
                {
                    rates.Add(figures.Stage, figures.Conversion.Value);
                }
            }

            return rates;
        }

        /// <summary>The overall mean days to the next progression stage, per stage that has any.</summary>
        public IReadOnlyDictionary<FunnelStage, double> MeanVelocityDays()
        {
            var days = new Dictionary<FunnelStage, double>();
            foreach (StageFigures figures in Overall)
            {
                if (figures.Velocity.MeanDays.HasValue)
                {
                    days.Add(figures.Stage, figures.Velocity.MeanDays.Value);
                }
            }

            return days;
        }
    }
}
