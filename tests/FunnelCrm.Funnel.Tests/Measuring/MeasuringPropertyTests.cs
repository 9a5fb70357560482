using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Measuring
{
    public class MeasuringPropertyTests
    {
        private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);
        private static readonly TimeZoneInfo Berlin = FunnelTimeZones.Find("110");

        /// <summary>Rows as (lead 0..11, stage 0..9, hour offset up to about 200 days), in generated (arbitrary) order.</summary>
        private static Arbitrary<List<StageTransition>> RowLists()
        {
            Gen<StageTransition> row = Gen.Choose(0, 11)
                .SelectMany(lead => Gen.Choose(0, FunnelStages.Count - 1), (lead, stage) => (lead, stage))
                .SelectMany(ls => Gen.Choose(0, 24 * 200), (ls, hour) => Rows.Enter(ls.lead, (FunnelStage)ls.stage, Moments.Day0.AddHours(hour)));
            return Gen.ListOf(row).Select(list => list.ToList()).ToArbitrary();
        }

        private static bool SameFigures(IReadOnlyList<StageFigures> a, IReadOnlyList<StageFigures> b) =>
            a.Count == b.Count && a.Zip(b, (x, y) => x.Stage == y.Stage && x.Volume == y.Volume && x.Conversion == y.Conversion
                && x.ConversionDenominator == y.ConversionDenominator && x.Velocity.Count == y.Velocity.Count
                && x.Velocity.MeanDays == y.Velocity.MeanDays && x.Velocity.MedianDays == y.Velocity.MedianDays).All(same => same);

        /// <summary>
        /// The snapshot rows written straight from their documented definitions (SnapshotCounters), independently of the
        /// engine's code: per lead the first entry into each stage; the row of (period of that entry, stage) counts the
        /// lead in its volume and, for a progression stage, in its conversion denominator, in its numerator when a later
        /// progression stage was first entered at or after, and in its velocity when the next stage was.
        /// </summary>
        private static Dictionary<SnapshotKey, SnapshotCounters> ByDefinition(IEnumerable<StageTransition> rows, PeriodKind kind, TimeZoneInfo zone)
        {
            var progression = new[] { FunnelStage.Known, FunnelStage.Engaged, FunnelStage.Mql, FunnelStage.Sal, FunnelStage.Sql, FunnelStage.Opportunity, FunnelStage.Won };
            var rowsByKey = new Dictionary<SnapshotKey, SnapshotCounters>();
            foreach (var lead in rows.GroupBy(r => r.LeadId))
            {
                Dictionary<FunnelStage, DateTime> first = lead.GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Min(r => r.On));
                foreach (KeyValuePair<FunnelStage, DateTime> entry in first)
                {
                    var key = new SnapshotKey(Period.Of(kind, entry.Value, zone), entry.Key);
                    if (!rowsByKey.TryGetValue(key, out SnapshotCounters? counters))
                    {
                        counters = new SnapshotCounters();
                        rowsByKey.Add(key, counters);
                    }

                    counters.Volume++;
                    int at = Array.IndexOf(progression, entry.Key);
                    if (at < 0 || at == progression.Length - 1)
                    {
                        continue;
                    }

                    counters.ConversionDenominator++;
                    if (progression.Skip(at + 1).Any(later => first.TryGetValue(later, out DateTime on) && on >= entry.Value))
                    {
                        counters.ConversionNumerator++;
                    }

                    if (first.TryGetValue(progression[at + 1], out DateTime next) && next >= entry.Value)
                    {
                        counters.VelocityCount++;
                        counters.VelocitySecondsSum += (long)(next - entry.Value).TotalSeconds;
                    }
                }
            }

            return rowsByKey;
        }

        [Fact]
        public void Conversion_AnyRows_IsBetweenZeroAndOneOrNull()
        {
            Prop.ForAll(RowLists(), rows =>
            {
                FunnelReport report = FunnelMeasure.Measure(rows, new MeasureOptions { Period = PeriodKind.Week, TimeZone = Berlin });
                IEnumerable<StageFigures> all = report.Overall.Concat(report.Periods.SelectMany(p => p.Stages));
                return all.All(s => (s.Conversion == null && s.ConversionDenominator == 0) || (s.Conversion >= 0 && s.Conversion <= 1));
            }).Check(Quick);
        }

        [Fact]
        public void Volume_AnyRows_CountsDistinctLeadsPerStage()
        {
            Prop.ForAll(RowLists(), rows =>
            {
                FunnelReport report = FunnelMeasure.Measure(rows, new MeasureOptions { Period = PeriodKind.Day });
                return FunnelStages.All.All(stage =>
                    report[stage].Volume == rows.Where(r => r.To == stage).Select(r => r.LeadId).Distinct().Count()
                    && report.Periods.Sum(p => p[stage].Volume) == report[stage].Volume);
            }).Check(Quick);
        }

        [Fact]
        public void Measure_RowsInAnyOrderWithDuplicates_GiveTheSameFiguresInEveryPeriod()
        {
            Prop.ForAll(RowLists(), rows =>
            {
                var options = new MeasureOptions { Period = PeriodKind.Month, TimeZone = Berlin };
                FunnelReport forward = FunnelMeasure.Measure(rows, options);
                FunnelReport backward = FunnelMeasure.Measure(Enumerable.Reverse(rows).Concat(rows), options);
                return SameFigures(forward.Overall, backward.Overall)
                    && forward.Periods.Count == backward.Periods.Count
                    && forward.Periods.Zip(backward.Periods, (a, b) => a.Period.Equals(b.Period) && SameFigures(a.Stages, b.Stages)).All(x => x);
            }).Check(Quick);
        }

        [Fact]
        public void SnapshotDeltas_AppliedOneTransitionAtATime_EqualTheRowsByDefinition()
        {
            Prop.ForAll(RowLists(), rows =>
            {
                var history = new FunnelHistory();
                var snapshot = new Dictionary<SnapshotKey, SnapshotCounters>();
                foreach (StageTransition row in rows)
                {
                    foreach (SnapshotChange change in FunnelSnapshots.Delta(history.FirstEntries(row.LeadId), row, PeriodKind.Week, Berlin))
                    {
                        var key = new SnapshotKey(change.Period, change.Stage);
                        if (!snapshot.TryGetValue(key, out SnapshotCounters? counters))
                        {
                            counters = new SnapshotCounters();
                            snapshot.Add(key, counters);
                        }

                        counters.Apply(change);
                    }

                    history.Add(row);
                }

                IReadOnlyDictionary<SnapshotKey, SnapshotCounters> full = ByDefinition(rows, PeriodKind.Week, Berlin);
                List<KeyValuePair<SnapshotKey, SnapshotCounters>> kept = snapshot.Where(p => !p.Value.IsEmpty).ToList();
                return kept.Count == full.Count && kept.All(p => full.TryGetValue(p.Key, out SnapshotCounters? f)
                    && f.Volume == p.Value.Volume && f.ConversionNumerator == p.Value.ConversionNumerator
                    && f.ConversionDenominator == p.Value.ConversionDenominator && f.VelocitySecondsSum == p.Value.VelocitySecondsSum
                    && f.VelocityCount == p.Value.VelocityCount);
            }).Check(Quick);
        }

        [Fact]
        public void SnapshotCounters_AgreeWithTheReportPerPeriod()
        {
            Prop.ForAll(RowLists(), rows =>
            {
                FunnelHistory history = FunnelHistory.Build(rows);
                FunnelReport report = FunnelMeasure.Measure(history, new MeasureOptions { Period = PeriodKind.Quarter });
                IReadOnlyDictionary<SnapshotKey, SnapshotCounters> rowsByKey = FunnelSnapshots.Compute(history, PeriodKind.Quarter, TimeZoneInfo.Utc);
                return report.Periods.All(p => p.Stages.All(s =>
                    rowsByKey.TryGetValue(new SnapshotKey(p.Period, s.Stage), out SnapshotCounters? c)
                        ? c.Volume == s.Volume && c.Conversion == s.Conversion && c.VelocityCount == s.Velocity.Count
                        : s.Volume == 0));
            }).Check(Quick);
        }
    }

    public class FunnelSnapshotsTests
    {
        [Fact]
        public void Delta_FirstSqlOfAnSal_AddsVolumeAndConvertsTheEarlierCohorts()
        {
            LeadFirstEntries before = LeadFirstEntries.None.With(FunnelStage.Mql, Moments.Day(0)).With(FunnelStage.Sal, Moments.Day(1));

            IReadOnlyList<SnapshotChange> changes = FunnelSnapshots.Delta(before, Rows.Enter(1, FunnelStage.Sql, Moments.Day(3)), PeriodKind.Month, TimeZoneInfo.Utc);

            SnapshotChange sal = changes.Single(c => c.Stage == FunnelStage.Sal);
            SnapshotChange sql = changes.Single(c => c.Stage == FunnelStage.Sql);
            Assert.Equal(1, sal.ConversionNumerator);
            Assert.Equal(0, sal.ConversionDenominator);
            Assert.Equal(1, sal.VelocityCount);
            Assert.Equal(2 * 86400, sal.VelocitySecondsSum);
            Assert.Equal(1, sql.Volume);
            Assert.Equal(1, sql.ConversionDenominator);
            Assert.Equal(2, changes.Count);
        }

        [Fact]
        public void Delta_DuplicateTransition_ChangesNothing()
        {
            LeadFirstEntries before = LeadFirstEntries.None.With(FunnelStage.Mql, Moments.Day(0));

            Assert.Empty(FunnelSnapshots.Delta(before, Rows.Enter(1, FunnelStage.Mql, Moments.Day(4)), PeriodKind.Day, TimeZoneInfo.Utc));
        }
    }
}
