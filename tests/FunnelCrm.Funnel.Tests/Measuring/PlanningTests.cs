using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Measuring
{
    public class PlanningTests
    {
        [Fact]
        public void Baseline_ConversionDrop_ShowsAsNegativeChange()
        {
            var rows = new List<StageTransition>();
            for (int lead = 0; lead < 10; lead++)
            {
                rows.Add(Rows.Enter(lead, FunnelStage.Mql, Moments.Utc(2025, 6, 1)));
                if (lead < 6)
                {
                    rows.Add(Rows.Enter(lead, FunnelStage.Sal, Moments.Utc(2025, 6, 3)));
                }
            }

            for (int lead = 10; lead < 14; lead++)
            {
                rows.Add(Rows.Enter(lead, FunnelStage.Mql, Moments.Utc(2026, 3, 5)));
                if (lead < 11)
                {
                    rows.Add(Rows.Enter(lead, FunnelStage.Sal, Moments.Utc(2026, 3, 6)));
                }
            }

            BaselineComparison comparison = FunnelBaseline.Compare(FunnelHistory.Build(rows), Moments.Utc(2026, 3, 1), Moments.Utc(2026, 4, 1), new MeasureOptions());
            BaselineLine mql = comparison.Lines[(int)FunnelStage.Mql];

            Assert.Equal(Moments.Utc(2025, 3, 1), comparison.BaselineFromUtc);
            Assert.Equal(0.6, mql.BaselineConversion!.Value, 9);
            Assert.Equal(0.25, mql.CurrentConversion!.Value, 9);
            Assert.Equal(-0.35, mql.ConversionChange!.Value, 9);
            Assert.Equal(10 * 31.0 / 365, mql.ExpectedVolume!.Value, 9);
            Assert.Null(comparison.Lines[(int)FunnelStage.Won].VolumeChange);
        }

        [Fact]
        public void Benchmark_MeasuredBelowBenchmark_GivesNegativeGap()
        {
            var rows = new[] { Rows.Enter(1, FunnelStage.Mql, Moments.Day(0)), Rows.Enter(1, FunnelStage.Sal, Moments.Day(2)), Rows.Enter(2, FunnelStage.Mql, Moments.Day(0)) };
            var benchmark = new BenchmarkFigures { Conversion = { [FunnelStage.Mql] = 0.7 }, VelocityDays = { [FunnelStage.Mql] = 1 } };

            BenchmarkLine line = FunnelBenchmark.Compare(FunnelMeasure.Measure(rows, new MeasureOptions()), benchmark).Single(l => l.Stage == FunnelStage.Mql);

            Assert.Equal(-0.2, line.ConversionGap!.Value, 9);
            Assert.Equal(1, line.VelocityGapDays!.Value, 9);
        }

        [Fact]
        public void Forecast_OpenSqls_ExpectWinsAtTheSqlWinRateInTheMonthVelocitySays()
        {
            var rows = new List<StageTransition>();
            for (int lead = 0; lead < 4; lead++)
            {
                rows.Add(Rows.Enter(lead, FunnelStage.Sql, Moments.Utc(2026, 1, 1)));
                rows.Add(Rows.Enter(lead, lead < 2 ? FunnelStage.Won : FunnelStage.Lost, Moments.Utc(2026, 1, 31)));
            }

            rows.Add(Rows.Enter(10, FunnelStage.Sql, Moments.Utc(2026, 3, 10)));
            rows.Add(Rows.Enter(11, FunnelStage.Sql, Moments.Utc(2026, 3, 10)));
            rows.Add(Rows.Enter(12, FunnelStage.Disqualified, Moments.Utc(2026, 3, 10)));

            Forecast forecast = FunnelForecast.Compute(FunnelHistory.Build(rows), Moments.Utc(2026, 3, 15), new ForecastOptions { AverageDealSize = 10000m });

            ForecastStage sql = forecast.ByStage[(int)FunnelStage.Sql];
            Assert.Equal(2, sql.OpenLeads);
            Assert.Equal(2.0 / 6, sql.WinRate!.Value, 9);
            Assert.Equal(30, sql.MeanDaysToWon!.Value, 9);
            Assert.Equal(2.0 / 3, forecast.ExpectedWins, 9);
            Assert.Equal("2026-04", forecast.ByMonth.Single().Month.Label);
            Assert.Equal(6666.67m, decimal.Round(forecast.ExpectedRevenue, 2));
        }

        [Fact]
        public void Forecast_EmptyHistory_ExpectsNothing()
        {
            Forecast forecast = FunnelForecast.Compute(new FunnelHistory(), Moments.Day(0), new ForecastOptions { AverageDealSize = 1m });

            Assert.Equal(0, forecast.ExpectedWins);
            Assert.Empty(forecast.ByMonth);
        }

        [Fact]
        public void Plan_TenWins_DividesByEachConversionUpTheFunnelAndStartsEarlier()
        {
            var conversion = new Dictionary<FunnelStage, double>
            {
                [FunnelStage.Known] = 0.5, [FunnelStage.Engaged] = 0.4, [FunnelStage.Mql] = 0.5, [FunnelStage.Sal] = 0.8,
                [FunnelStage.Sql] = 0.5, [FunnelStage.Opportunity] = 0.25,
            };
            var days = new Dictionary<FunnelStage, double>
            {
                [FunnelStage.Known] = 10, [FunnelStage.Engaged] = 10, [FunnelStage.Mql] = 2, [FunnelStage.Sal] = 7,
                [FunnelStage.Sql] = 14, [FunnelStage.Opportunity] = 30,
            };
            var target = new PlanTarget { Revenue = 95000m, AverageDealSize = 10000m, DeadlineUtc = Moments.Utc(2026, 12, 31) };

            BackwardsPlan plan = FunnelPlanner.Plan(target, conversion, days);

            Assert.Equal(10, plan.RequiredWins);
            Assert.Equal(new long?[] { 10, 40, 80, 100, 200, 500, 1000 }, plan.Steps.Select(s => s.RequiredLeads));
            Assert.Equal(Moments.Utc(2026, 12, 1), plan.Steps[1].LatestStartUtc);
            Assert.Equal(Moments.Utc(2026, 12, 31).AddDays(-73), plan.Steps[6].LatestStartUtc);
            Assert.Empty(plan.Gaps);
        }

        [Fact]
        public void Plan_MissingConversion_LeavesTheUpperStagesOpenAndSaysSo()
        {
            var conversion = new Dictionary<FunnelStage, double> { [FunnelStage.Opportunity] = 0.5, [FunnelStage.Sql] = 0.5 };

            BackwardsPlan plan = FunnelPlanner.Plan(new PlanTarget { Wins = 5, DeadlineUtc = Moments.Day(90) }, conversion, new Dictionary<FunnelStage, double>());

            Assert.Equal(20, plan.Steps[2].RequiredLeads);
            Assert.Null(plan.Steps[3].RequiredVolume);
            Assert.Contains("No usable conversion for SAL: volumes from it upwards are unknown.", plan.Gaps);
            Assert.Null(plan.Steps[1].LatestStartUtc);
        }

        [Fact]
        public void Plan_NoTarget_IsRefused()
        {
            Assert.Throws<ArgumentException>(() => FunnelPlanner.Plan(new PlanTarget { Revenue = 1000m }, new Dictionary<FunnelStage, double>(), new Dictionary<FunnelStage, double>()));
        }
    }
}
