using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Baselines: the same figures over the trailing months (default 12) before the current window's start, and the
    /// change of the current window against them. Cohorts are assigned to a window by their first entry, as always.
    /// </summary>
    public static class FunnelBaseline
    {
        /// <summary>The default baseline length in months.</summary>
        public const int DefaultTrailingMonths = 12;

        /// <summary>Compares [<paramref name="currentFromUtc"/>, <paramref name="currentToUtc"/>) with the months before it.</summary>
        public static BaselineComparison Compare(FunnelHistory history, DateTime currentFromUtc, DateTime currentToUtc, MeasureOptions options, int trailingMonths = DefaultTrailingMonths)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            DateTime currentFrom = Times.AsUtc(currentFromUtc);
            DateTime currentTo = Times.AsUtc(currentToUtc);
            if (currentTo <= currentFrom)
            {
                throw new ArgumentException("The current window must end after it starts.", nameof(currentToUtc));
            }

            if (trailingMonths < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(trailingMonths), trailingMonths, "The baseline needs at least one month.");
            }

            DateTime baselineFrom = currentFrom.AddMonths(-trailingMonths);
            FunnelReport baseline = FunnelMeasure.Measure(history, options.WithRange(baselineFrom, currentFrom));
            FunnelReport current = FunnelMeasure.Measure(history, options.WithRange(currentFrom, currentTo));
            double scale = (currentTo - currentFrom).TotalDays / (currentFrom - baselineFrom).TotalDays;
            var lines = new List<BaselineLine>(FunnelStages.Count);
            foreach (FunnelStage stage in FunnelStages.All)
            {
                StageFigures now = current[stage];
                StageFigures before = baseline[stage];
                lines.Add(new BaselineLine(stage, now.Volume, before.Volume * scale, now.Conversion, before.Conversion, now.Velocity.MeanDays, before.Velocity.MeanDays));
            }

            return new BaselineComparison(baselineFrom, currentFrom, currentTo, baseline, current, lines);
        }
    }
}
