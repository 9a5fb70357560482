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
    /// <summary>Histories read in parts (as the command line's threads read a file) and merged equal one history of all rows.</summary>
    public class FunnelHistoryMergeTests
    {
        private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

        /// <summary>Rows of 12 leads in arbitrary order (some rejections), cut into 1 to 4 parts at arbitrary places, merged in an arbitrary order.</summary>
        private static Arbitrary<(List<StageTransition> Rows, int[] Cuts, int[] Order)> SplitRows()
        {
            Gen<RejectionReason?> rejection = Gen.Frequency((4, Gen.Constant<RejectionReason?>(null)), (1, Gen.Elements(RejectionReasons.All.ToArray()).Select(r => (RejectionReason?)r)));
            Gen<StageTransition> row = Gen.Choose(0, 11)
                .SelectMany(lead => Gen.Choose(0, FunnelStages.Count - 1), (lead, stage) => (lead, stage))
                .SelectMany(ls => Gen.Choose(0, 24 * 200), (ls, hour) => (ls.lead, ls.stage, hour))
                .SelectMany(r => rejection, (r, why) => new StageTransition(Rows.Lead(r.lead), null, (FunnelStage)r.stage, Moments.Day0.AddHours(r.hour), StageTrigger.ManualChange, 0, "test", true, why));
            return (from rows in Gen.ListOf(row).Select(list => list.ToList())
                    from parts in Gen.Choose(1, 4)
                    from cuts in Gen.ArrayOf(Gen.Choose(0, rows.Count), parts - 1).Select(c => c.OrderBy(x => x).ToArray())
                    from order in Gen.Shuffle(Enumerable.Range(0, parts).ToArray())
                    select (rows, cuts, order)).ToArbitrary();
        }

        [Fact]
        public void Merge_PartsOfTheRowsInAnyOrder_HoldTheSameLeadsEntriesAndCountsAsOneHistory()
        {
            Prop.ForAll(SplitRows(), split =>
            {
                FunnelHistory whole = FunnelHistory.Build(split.Rows);

                FunnelHistory merged = Merged(split.Rows, split.Cuts, split.Order);

                return merged.LeadCount == whole.LeadCount && merged.RowCount == whole.RowCount
                    && RejectionReasons.All.All(reason => merged.RejectionCount(reason) == whole.RejectionCount(reason))
                    && whole.Leads.All(lead => SameLead(merged, whole, lead));
            }).Check(Quick);
        }

        [Fact]
        public void Merge_PartsOfTheRows_MeasureTheSameFiguresAsOneHistory()
        {
            Prop.ForAll(SplitRows(), split =>
            {
                var options = new MeasureOptions { Period = PeriodKind.Week, TimeZone = FunnelTimeZones.Find("110"), MinimumCohort = 1 };

                FunnelReport whole = FunnelMeasure.Measure(FunnelHistory.Build(split.Rows), options);
                FunnelReport merged = FunnelMeasure.Measure(Merged(split.Rows, split.Cuts, split.Order), options);

                return Figures(merged).SequenceEqual(Figures(whole)) && merged.Bottleneck == whole.Bottleneck && merged.LeadCount == whole.LeadCount;
            }).Check(Quick);
        }

        [Fact]
        public void Merge_ALaterTransitionOfAKnownLead_KeepsTheEarlierFirstEntryAndTheLaterLatestStage()
        {
            var first = FunnelHistory.Build(new[] { Rows.Enter(1, FunnelStage.Mql, Moments.Day0.AddDays(3)) });
            var second = FunnelHistory.Build(new[] { Rows.Enter(1, FunnelStage.Mql, Moments.Day0.AddDays(1)), Rows.Enter(1, FunnelStage.Sal, Moments.Day0.AddDays(5)) });

            first.Merge(second);

            Assert.Equal(1, first.LeadCount);
            Assert.Equal(3, first.RowCount);
            Assert.Equal(Moments.Day0.AddDays(1), first.FirstEntries(Rows.Lead(1))[FunnelStage.Mql]);
            Assert.True(first.TryGetLatest(Rows.Lead(1), out FunnelStage latest, out DateTime on));
            Assert.Equal(FunnelStage.Sal, latest);
            Assert.Equal(Moments.Day0.AddDays(5), on);
        }

        [Fact]
        public void Merge_ItsOwnHistory_IsRefused()
        {
            var history = FunnelHistory.Build(new[] { Rows.Enter(1, FunnelStage.Known, Moments.Day0) });

            Assert.Throws<ArgumentException>(() => history.Merge(history));
        }

        private static FunnelHistory Merged(List<StageTransition> rows, int[] cuts, int[] order)
        {
            int[] bounds = new[] { 0 }.Concat(cuts).Concat(new[] { rows.Count }).ToArray();
            FunnelHistory[] parts = Enumerable.Range(0, bounds.Length - 1).Select(p => FunnelHistory.Build(rows.Skip(bounds[p]).Take(bounds[p + 1] - bounds[p]))).ToArray();
            FunnelHistory merged = parts[order[0]];
            foreach (int p in order.Skip(1))
            {
                merged.Merge(parts[p]);
            }

            return merged;
        }

        private static bool SameLead(FunnelHistory merged, FunnelHistory whole, Guid lead)
        {
            bool known = merged.TryGetLatest(lead, out FunnelStage stage, out DateTime on);
            whole.TryGetLatest(lead, out FunnelStage wholeStage, out DateTime wholeOn);
            return known && stage == wholeStage && on == wholeOn
                && FunnelStages.All.All(s => merged.FirstEntries(lead)[s] == whole.FirstEntries(lead)[s]);
        }

        private static IEnumerable<string> Figures(FunnelReport report)
        {
            return report.Overall.Select(s => Line("all", s))
                .Concat(report.Periods.SelectMany(p => p.Stages.Select(s => Line(p.Period.Label, s))));
        }

        private static string Line(string period, StageFigures s)
        {
            return string.Join("|", period, s.Stage, s.Volume, s.ConversionNumerator, s.ConversionDenominator, s.WonNumerator, s.Velocity.Count, s.Velocity.MeanDays, s.Velocity.MedianDays, s.Velocity.P75Days, s.Velocity.P90Days);
        }
    }
}
