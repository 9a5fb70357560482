using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Forecast from the open pipeline. Open leads: those whose latest stage in the history is Known..Opportunity.
    /// Each contributes its stage's win rate (share of the stage's cohort first entering Won at or after the stage)
    /// as expected wins, times the average deal size as revenue. Expected close: the time the lead entered its latest
    /// stage plus the stage's mean days to won (over the won leads of its cohort), or the as-of instant when that lies
    /// in the past; the month is cut in the options' zone. Leads at a stage without a rate add nothing and are counted
    /// as unrated; a stage with a rate but no won lead to time closes at the as-of month. Note that cohorts that are
    /// still open lower the measured rates; restrict the rate range to mature cohorts for a fairer figure.
    /// </summary>
    public static class FunnelForecast
    {
        /// <summary>Computes the forecast as of <paramref name="asOfUtc"/>.</summary>
        public static Forecast Compute(FunnelHistory history, DateTime asOfUtc, ForecastOptions options)
        {
            if (history == null)
            {
                throw new ArgumentNullException(nameof(history));
            }

            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            DateTime asOf = Times.AsUtc(asOfUtc);
            long from = options.RatesFromUtc.HasValue ? Times.AsUtc(options.RatesFromUtc.Value).Ticks : long.MinValue;
            long to = options.RatesToUtc.HasValue ? Times.AsUtc(options.RatesToUtc.Value).Ticks : long.MaxValue;
            int stages = CohortRules.LastProgression;
            var cohort = new long[stages];
            var won = new long[stages];
            var secondsToWon = new double[stages];
            var open = new long[stages];
            var first = new long[FunnelStages.Count];
            for (int lead = 0; lead < history.LeadCount; lead++)
            {
                history.CopyFirst(lead, first);
                for (int s = 0; s < stages; s++)
                {
                    if (first[s] == 0 || first[s] < from || first[s] >= to)
                    {
                        continue;
                    }

                    cohort[s]++;
                    long seconds = CohortRules.SecondsToWon(first, s);
                    if (seconds >= 0)
                    {
                        won[s]++;
                        secondsToWon[s] += seconds;
                    }
                }

                int latest = (int)history.LatestStage(lead);
                if (latest < stages)
                {
                    open[latest]++;
                }
            }

            var byStage = new List<ForecastStage>(stages);
            for (int s = 0; s < stages; s++)
            {
                double? rate = cohort[s] == 0 ? (double?)null : (double)won[s] / cohort[s];
                double? days = won[s] == 0 ? (double?)null : secondsToWon[s] / won[s] / 86400.0;
                byStage.Add(new ForecastStage((FunnelStage)s, open[s], rate, days));
            }

            var months = new SortedDictionary<long, double>();
            double wins = 0;
            long unrated = 0;
            for (int lead = 0; lead < history.LeadCount; lead++)
            {
                int latest = (int)history.LatestStage(lead);
                if (latest >= stages)
                {
                    continue;
                }

                ForecastStage stage = byStage[latest];
                if (!stage.WinRate.HasValue)
                {
                    unrated++;
                    continue;
                }

                if (stage.WinRate.Value == 0)
                {
                    continue;
                }

                DateTime close = new DateTime(history.LatestTicks(lead), DateTimeKind.Utc).AddDays(stage.MeanDaysToWon ?? 0);
                if (close < asOf)
                {
                    close = asOf;
                }

                long month = CohortRules.PeriodKey(PeriodKind.Month, close.Ticks, options.TimeZone);
                months.TryGetValue(month, out double sum);
                months[month] = sum + stage.WinRate.Value;
                wins += stage.WinRate.Value;
            }

            var byMonth = new List<ForecastMonth>(months.Count);
            foreach (KeyValuePair<long, double> month in months)
            {
                byMonth.Add(new ForecastMonth(new Period(PeriodKind.Month, new DateTime(month.Key)), month.Value, (decimal)month.Value * options.AverageDealSize));
            }

            return new Forecast(wins, (decimal)wins * options.AverageDealSize, byStage, byMonth, unrated);
        }
    }
}
