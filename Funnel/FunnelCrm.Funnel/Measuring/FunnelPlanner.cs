using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Plans backwards from a target: required(Won) = target wins (or revenue / deal size, rounded up); for each stage k
    /// from Opportunity up to Known, required(k) = required(next) / conversion(k), where conversion(k) is the measured
    /// (<see cref="FunnelReport.ConversionRates"/>) or given rate. Latest start(Won) = deadline; latest start(k) =
    /// latest start(next) - mean days from k to the next stage. A missing or zero conversion (or a missing velocity)
    /// leaves that stage and all above it without a figure, and the plan says so.
    /// </summary>
    public static class FunnelPlanner
    {
        /// <summary>Builds the plan.</summary>
        public static BackwardsPlan Plan(PlanTarget target, IReadOnlyDictionary<FunnelStage, double> conversion, IReadOnlyDictionary<FunnelStage, double> meanDaysToNext)
        {
            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            if (conversion == null)
            {
                throw new ArgumentNullException(nameof(conversion));
            }

            if (meanDaysToNext == null)
            {
                throw new ArgumentNullException(nameof(meanDaysToNext));
            }

            int wins = RequiredWins(target);
            var steps = new List<PlanStep> { new PlanStep(FunnelStage.Won, wins, null, Times.AsUtc(target.DeadlineUtc)) };
            var gaps = new List<string>();
            double? required = wins;
            DateTime? start = Times.AsUtc(target.DeadlineUtc);
            for (int s = CohortRules.LastProgression - 1; s >= 0; s--)
            {
                var stage = (FunnelStage)s;
                double? rate = conversion.TryGetValue(stage, out double r) ? r : (double?)null;
                if (required.HasValue && (!rate.HasValue || !(rate.Value > 0) || rate.Value > 1))
                {
                    gaps.Add("No usable conversion for " + FunnelStages.Label(stage) + ": volumes from it upwards are unknown.");
                    required = null;
                }
                else if (required.HasValue)
                {
                    required = required.Value / rate!.Value;
                }

                if (start.HasValue && !meanDaysToNext.TryGetValue(stage, out double _))
                {
                    gaps.Add("No velocity for " + FunnelStages.Label(stage) + ": start dates from it upwards are unknown.");
                    start = null;
                }
                else if (start.HasValue)
                {
                    start = start.Value.AddDays(-meanDaysToNext[stage]);
                }

                steps.Add(new PlanStep(stage, required, rate, start));
            }

            return new BackwardsPlan(wins, steps, gaps);
        }

        private static int RequiredWins(PlanTarget target)
        {
            if (target.Wins.HasValue)
            {
                if (target.Wins.Value <= 0)
                {
                    throw new ArgumentException("The target wins must be at least 1.", nameof(target));
                }

                return target.Wins.Value;
            }

            if (target.Revenue.HasValue && target.AverageDealSize.HasValue && target.Revenue.Value > 0 && target.AverageDealSize.Value > 0)
            {
                return (int)Math.Ceiling(target.Revenue.Value / target.AverageDealSize.Value);
            }

            throw new ArgumentException("Give the target as wins, or as revenue and an average deal size (both above 0).", nameof(target));
        }
    }
}
