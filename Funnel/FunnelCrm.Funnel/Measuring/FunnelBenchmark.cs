using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Compares a report's overall figures with benchmark figures, stage by stage (Known..Opportunity).</summary>
    public static class FunnelBenchmark
    {
        /// <summary>One line per progression stage before Won.</summary>
        public static IReadOnlyList<BenchmarkLine> Compare(FunnelReport report, BenchmarkFigures benchmark)
        {
            if (report == null)
            {
                throw new ArgumentNullException(nameof(report));
            }

            if (benchmark == null)
            {
                throw new ArgumentNullException(nameof(benchmark));
            }

            var lines = new List<BenchmarkLine>();
            for (int s = 0; s < CohortRules.LastProgression; s++)
            {
                var stage = (FunnelStage)s;
                StageFigures figures = report[stage];
                lines.Add(new BenchmarkLine(stage, figures.Conversion, Lookup(benchmark.Conversion, stage), figures.Velocity.MeanDays, Lookup(benchmark.VelocityDays, stage)));
            }

            return lines;
        }

        private static double? Lookup(Dictionary<FunnelStage, double>? values, FunnelStage stage)
        {
            return values != null && values.TryGetValue(stage, out double value) ? value : (double?)null;
        }
    }
}
