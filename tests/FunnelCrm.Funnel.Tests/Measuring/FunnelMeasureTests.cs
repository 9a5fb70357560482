using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Measuring
{
    public class FunnelMeasureTests
    {
        private static FunnelReport Measure(IEnumerable<StageTransition> rows, MeasureOptions? options = null)
        {
            return FunnelMeasure.Measure(rows, options ?? new MeasureOptions());
        }

        [Fact]
        public void Measure_NoRows_HasNoPeriodsZeroVolumesAndNullRates()
        {
            FunnelReport report = Measure(new StageTransition[0]);

            Assert.Empty(report.Periods);
            Assert.All(report.Overall, s => Assert.Equal(0, s.Volume));
            Assert.All(report.Overall, s => Assert.Null(s.Conversion));
            Assert.All(report.Overall, s => Assert.Null(s.Velocity.MeanDays));
            Assert.Null(report.Bottleneck);
            Assert.Null(report.SalToWon);
        }

        [Fact]
        public void Volume_DuplicatesAndReentries_CountEachLeadOnceInItsFirstPeriod()
        {
            var rows = new[]
            {
                Rows.Enter(1, FunnelStage.Mql, Moments.Utc(2026, 1, 10)),
                Rows.Enter(1, FunnelStage.Mql, Moments.Utc(2026, 1, 10)),
                Rows.Enter(1, FunnelStage.Mql, Moments.Utc(2026, 2, 10)),
                Rows.Enter(2, FunnelStage.Mql, Moments.Utc(2026, 2, 11)),
            };

            FunnelReport report = Measure(rows);

            Assert.Equal(new[] { "2026-01", "2026-02" }, report.Periods.Select(p => p.Period.Label));
            Assert.Equal(1, report.Periods[0][FunnelStage.Mql].Volume);
            Assert.Equal(1, report.Periods[1][FunnelStage.Mql].Volume);
            Assert.Equal(2, report[FunnelStage.Mql].Volume);
        }

        [Fact]
        public void Conversion_SkippedStage_CountsAsConvertedToALaterStage()
        {
            var rows = new[]
            {
                Rows.Enter(1, FunnelStage.Mql, Moments.Day(0)),
                Rows.Enter(1, FunnelStage.Sql, Moments.Day(3)),
                Rows.Enter(2, FunnelStage.Mql, Moments.Day(1)),
            };

            FunnelReport report = Measure(rows);

            Assert.Equal(0.5, report[FunnelStage.Mql].Conversion);
            Assert.Equal(1, report[FunnelStage.Mql].ConversionNumerator);
            Assert.Equal(2, report[FunnelStage.Mql].ConversionDenominator);
            Assert.Equal(0, report[FunnelStage.Mql].Velocity.Count);
        }

        [Fact]
        public void Conversion_StageNeverReached_IsNullNotZero()
        {
            FunnelReport report = Measure(new[] { Rows.Enter(1, FunnelStage.Known, Moments.Day(0)) });

            Assert.Null(report[FunnelStage.Sal].Conversion);
            Assert.Equal(0, report[FunnelStage.Known].Conversion);
        }

        [Fact]
        public void Conversion_LaterStageEnteredOnlyBefore_DoesNotCount()
        {
            var rows = new[]
            {
                Rows.Enter(1, FunnelStage.Sal, Moments.Day(0)),
                Rows.Enter(1, FunnelStage.Mql, Moments.Day(5)),
            };

            FunnelReport report = Measure(rows);

            Assert.Equal(0, report[FunnelStage.Mql].Conversion);
        }

        [Fact]
        public void Measure_OutOfOrderRows_GiveTheSameReportAsSortedRows()
        {
            var rows = new List<StageTransition>();
            for (int lead = 0; lead < 30; lead++)
            {
                rows.Add(Rows.Enter(lead, FunnelStage.Known, Moments.Day(lead)));
                rows.Add(Rows.Enter(lead, FunnelStage.Engaged, Moments.Day(lead + 2)));
                if (lead % 3 == 0)
                {
                    rows.Add(Rows.Enter(lead, FunnelStage.Mql, Moments.Day(lead + 2 + lead % 7)));
                }
            }

            FunnelReport sorted = Measure(rows);
            FunnelReport shuffled = Measure(Enumerable.Reverse(rows));

            Assert.Equal(sorted.Overall.Select(s => (s.Volume, s.Conversion, s.Velocity.MeanDays)), shuffled.Overall.Select(s => (s.Volume, s.Conversion, s.Velocity.MeanDays)));
        }

        [Fact]
        public void Velocity_KnownDays_GivesMeanMedianAndNearestRankPercentiles()
        {
            var days = new[] { 1, 2, 3, 4, 10 };
            var rows = new List<StageTransition>();
            for (int i = 0; i < days.Length; i++)
            {
                rows.Add(Rows.Enter(i, FunnelStage.Sal, Moments.Day(0)));
                rows.Add(Rows.Enter(i, FunnelStage.Sql, Moments.Day(days[i])));
            }

            VelocityFigures velocity = Measure(rows)[FunnelStage.Sal].Velocity;

            Assert.Equal(5, velocity.Count);
            Assert.Equal(4, velocity.MeanDays!.Value, 9);
            Assert.Equal(3, velocity.MedianDays!.Value, 9);
            Assert.Equal(4, velocity.P75Days!.Value, 9);
            Assert.Equal(10, velocity.P90Days!.Value, 9);
        }

        [Fact]
        public void Velocity_EvenCount_MedianIsTheMeanOfTheMiddleTwo()
        {
            var rows = new[]
            {
                Rows.Enter(1, FunnelStage.Sal, Moments.Day(0)), Rows.Enter(1, FunnelStage.Sql, Moments.Day(2)),
                Rows.Enter(2, FunnelStage.Sal, Moments.Day(0)), Rows.Enter(2, FunnelStage.Sql, Moments.Day(5)),
            };

            Assert.Equal(3.5, Measure(rows)[FunnelStage.Sal].Velocity.MedianDays!.Value, 9);
        }

        [Fact]
        public void Periods_InBerlinTime_PutALateJanuaryEveningIntoFebruary()
        {
            var rows = new[] { Rows.Enter(1, FunnelStage.Mql, Moments.Utc(2026, 1, 31, 23, 30)) };

            FunnelReport utc = Measure(rows);
            FunnelReport berlin = Measure(rows, new MeasureOptions { TimeZone = FunnelTimeZones.Find("W. Europe Standard Time") });

            Assert.Equal("2026-01", utc.Periods[0].Period.Label);
            Assert.Equal("2026-02", berlin.Periods[0].Period.Label);
        }

        [Theory]
        [InlineData(PeriodKind.Day, "2027-01-01")]
        [InlineData(PeriodKind.Week, "2026-W53")]
        [InlineData(PeriodKind.Month, "2027-01")]
        [InlineData(PeriodKind.Quarter, "2027-Q1")]
        public void Period_NewYearsDay2027_HasItsLabel(PeriodKind kind, string label)
        {
            Assert.Equal(label, Period.Of(kind, Moments.Utc(2027, 1, 1, 12), TimeZoneInfo.Utc).Label);
        }

        [Fact]
        public void Bottleneck_StageWithSmallCohort_IsIgnored()
        {
            var rows = new List<StageTransition>();
            for (int lead = 0; lead < 20; lead++)
            {
                rows.Add(Rows.Enter(lead, FunnelStage.Known, Moments.Day(0)));
                if (lead < 15)
                {
                    rows.Add(Rows.Enter(lead, FunnelStage.Engaged, Moments.Day(1)));
                }

                if (lead < 3)
                {
                    rows.Add(Rows.Enter(lead, FunnelStage.Mql, Moments.Day(2)));
                }
            }

            FunnelReport report = Measure(rows);
            FunnelReport lenient = Measure(rows, new MeasureOptions { MinimumCohort = 1 });

            Assert.Equal(FunnelStage.Known, report.Bottleneck);
            Assert.Equal(FunnelStage.Mql, lenient.Bottleneck);
        }

        [Fact]
        public void RejectionCount_RejectedRows_AreCountedPerReason()
        {
            var rows = new[]
            {
                new StageTransition(Rows.Lead(1), FunnelStage.Mql, FunnelStage.Recycled, Moments.Day(1), StageTrigger.Rejected, 90, "Rejected: No budget", false, RejectionReason.NoBudget),
                new StageTransition(Rows.Lead(2), FunnelStage.Sal, FunnelStage.Recycled, Moments.Day(2), StageTrigger.Rejected, 90, "Rejected: No budget", true, RejectionReason.NoBudget),
                new StageTransition(Rows.Lead(3), FunnelStage.Mql, FunnelStage.Recycled, Moments.Day(2), StageTrigger.Rejected, 90, "Rejected: Duplicate", true, RejectionReason.Duplicate),
            };

            FunnelHistory history = FunnelHistory.Build(rows);

            Assert.Equal(2, history.RejectionCount(RejectionReason.NoBudget));
            Assert.Equal(1, history.RejectionCount(RejectionReason.Duplicate));
            Assert.Equal(0, history.RejectionCount(RejectionReason.NoNeed));
        }

        [Fact]
        public void SalAndSqlToWon_ShareOfCohortWonAfterwards()
        {
            var rows = new[]
            {
                Rows.Enter(1, FunnelStage.Sal, Moments.Day(0)), Rows.Enter(1, FunnelStage.Sql, Moments.Day(1)), Rows.Enter(1, FunnelStage.Won, Moments.Day(9)),
                Rows.Enter(2, FunnelStage.Sal, Moments.Day(0)), Rows.Enter(2, FunnelStage.Sql, Moments.Day(1)), Rows.Enter(2, FunnelStage.Lost, Moments.Day(9)),
                Rows.Enter(3, FunnelStage.Sal, Moments.Day(0)), Rows.Enter(3, FunnelStage.Recycled, Moments.Day(2)),
                Rows.Enter(4, FunnelStage.Sal, Moments.Day(0)),
            };

            FunnelReport report = Measure(rows);

            Assert.Equal(0.25, report.SalToWon);
            Assert.Equal(0.5, report.SqlToWon);
        }
    }
}
