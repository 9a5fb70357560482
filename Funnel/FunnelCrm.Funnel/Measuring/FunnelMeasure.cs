using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Measures the funnel (definitions in <see cref="StageFigures"/>, <see cref="VelocityFigures"/> and Funnel/README.md).
    /// Rows are read once into a <see cref="FunnelHistory"/> (memory per distinct lead and stage); the figures are then
    /// computed from the per-lead first entries, never from the rows again. A cohort belongs to the period (in the
    /// options' time zone) of the first entry into the stage; the range filter applies to that first entry.
    /// </summary>
    public static class FunnelMeasure
    {
        /// <summary>Reads <paramref name="rows"/> in one pass and measures them.</summary>
        public static FunnelReport Measure(IEnumerable<StageTransition> rows, MeasureOptions options)
        {
            return Measure(FunnelHistory.Build(rows), options);
        }

        /// <summary>Measures a history.</summary>
        public static FunnelReport Measure(FunnelHistory history, MeasureOptions options)
        {
            if (history == null)
            {
                throw new ArgumentNullException(nameof(history));
            }

            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            long from = options.FromUtc.HasValue ? Times.AsUtc(options.FromUtc.Value).Ticks : long.MinValue;
            long to = options.ToUtc.HasValue ? Times.AsUtc(options.ToUtc.Value).Ticks : long.MaxValue;
            var periods = new Dictionary<long, StageAccumulator[]>();
            StageAccumulator[] overall = StageAccumulator.Row();
            var first = new long[FunnelStages.Count];
            for (int lead = 0; lead < history.LeadCount; lead++)
            {
                history.CopyFirst(lead, first);
                for (int s = 0; s < FunnelStages.Count; s++)
                {
                    long entered = first[s];
                    if (entered == 0 || entered < from || entered >= to)
                    {
                        continue;
                    }

                    long key = CohortRules.PeriodKey(options.Period, entered, options.TimeZone);
                    if (!periods.TryGetValue(key, out StageAccumulator[]? row))
                    {
                        row = StageAccumulator.Row();
                        periods.Add(key, row);
                    }

                    row![s].Add(first, s);
                    overall[s].Add(first, s);
                }
            }

            var keys = new List<long>(periods.Keys);
            keys.Sort();
            var periodFigures = new List<PeriodFigures>(keys.Count);
            foreach (long key in keys)
            {
                periodFigures.Add(new PeriodFigures(new Period(options.Period, new DateTime(key)), Figures(periods[key])));
            }

            IReadOnlyList<StageFigures> overallFigures = Figures(overall);
            return new FunnelReport(periodFigures, overallFigures, Bottleneck(overallFigures, options.MinimumCohort), history.LeadCount);
        }

        private static IReadOnlyList<StageFigures> Figures(StageAccumulator[] row)
        {
            var figures = new StageFigures[row.Length];
            for (int s = 0; s < row.Length; s++)
            {
                figures[s] = row[s].ToFigures((FunnelStage)s);
            }

            return figures;
        }

        private static FunnelStage? Bottleneck(IReadOnlyList<StageFigures> overall, int minimumCohort)
        {
            FunnelStage? weakest = null;
            double lowest = double.MaxValue;
            for (int s = 0; s < CohortRules.LastProgression; s++)
            {
                StageFigures figures = overall[s];
                if (figures.ConversionDenominator >= Math.Max(1, minimumCohort) && figures.Conversion!.Value < lowest)
                {
                    lowest = figures.Conversion.Value;
                    weakest = figures.Stage;
                }
            }

            return weakest;
        }
    }
}
