using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class ScoringPropertyTests
    {
        private static readonly string[] Subtypes = { "webvisit", "download", "webinarattendance", "unsubscribe", "chat" };
        private static readonly ScoringEngine Engine = new ScoringEngine(Models.Uncapped());
        private static readonly ScoringEngine CappedEngine = new ScoringEngine(Models.Capped());
        private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

        /// <summary>An activity as (subtype index, occurred-on hour offset) and an arrival rank.</summary>
        private static Arbitrary<List<(int Subtype, int Hour, int Rank)>> Histories()
        {
            Gen<(int, int, int)> one = Gen.Choose(0, Subtypes.Length - 1)
                .SelectMany(s => Gen.Choose(0, 24 * 400), (s, h) => (s, h))
                .SelectMany(sh => Gen.Choose(0, 1000), (sh, r) => (sh.s, sh.h, r));
            return Gen.ListOf(one).Select(list => list.ToList()).ToArbitrary();
        }

        private static List<ScoredActivity> Activities(List<(int Subtype, int Hour, int Rank)> history)
        {
            return history.Select((a, i) => ActivityBuilder.Interaction(Subtypes[a.Subtype], Moments.Day0.AddHours(a.Hour), "p" + i.ToString("D4"))).ToList();
        }

        private static bool Close(double a, double b)
        {
            return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
        }

        [Fact]
        public void ActivityScoring_AnyArrivalOrder_EqualsReplayFromHistory()
        {
            Prop.ForAll(Histories(), history =>
            {
                List<ScoredActivity> activities = Activities(history);
                DateTime end = Moments.Day(420);
                var arrival = activities.Select((a, i) => (Activity: a, Rank: history[i].Rank)).OrderBy(x => x.Rank).ToList();
                LeadScoreState state = LeadScoreState.Empty;
                for (int i = 0; i < arrival.Count; i++)
                {
                    state = Engine.Score(state, arrival[i].Activity, Moments.Day0.AddHours(i * 97 % (24 * 410))).State;
                }

                double incremental = Engine.Evaluate(state, end).Behaviour;
                double replayed = ScoreReplay.Replay(Engine, activities, ProfileBuilder.Lead().Build(), end).Card.Behaviour;
                return Close(incremental, replayed);
            }).Check(Quick);
        }

        [Fact]
        public void Removal_AfterAdding_RestoresTheScore()
        {
            Prop.ForAll(Histories(), history =>
            {
                if (history.Count == 0)
                {
                    return true;
                }

                List<ScoredActivity> activities = Activities(history);
                ScoredActivity extra = activities[activities.Count - 1];
                LeadScoreState state = LeadScoreState.Empty;
                foreach (ScoredActivity activity in activities.Take(activities.Count - 1))
                {
                    state = Engine.Score(state, activity, Moments.Day(400)).State;
                }

                ActivityScoring added = Engine.Score(state, extra, Moments.Day(401));
                LeadScoreState removed = Engine.Remove(added.State, extra.WithStamp(added.Stamp), Moments.Day(402)).State;
                return Close(Engine.Evaluate(state, Moments.Day(403)).Behaviour, Engine.Evaluate(removed, Moments.Day(403)).Behaviour);
            }).Check(Quick);
        }

        /// <summary>
        /// The activities without the ones that would overflow a cap window (in generated order), all within the cap
        /// horizon: where caps and horizons make no difference to which activities count.
        /// </summary>
        private static List<(ScoredActivity Activity, int Rank)> WithinCaps(List<(int Subtype, int Hour, int Rank)> history)
        {
            var counts = new Dictionary<string, int>();
            var kept = new List<(ScoredActivity, int)>();
            for (int i = 0; i < history.Count; i++)
            {
                string subtype = Subtypes[history[i].Subtype];
                DateTime on = Moments.Day0.AddHours(history[i].Hour % (24 * 90));
                BehaviourRule? rule = CappedEngine.Model.BehaviourRules!.FirstOrDefault(r => r.Subtype == subtype && r.CapCount.HasValue);
                if (rule != null)
                {
                    CalendarWindows.TryParse(rule.CapWindow, out CalendarWindow window);
                    string key = rule.Id + "@" + CalendarWindows.Key(window, CalendarWindows.StartOf(window, on));
                    counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
                    if (counts[key] > rule.CapCount!.Value)
                    {
                        continue;
                    }
                }

                kept.Add((ActivityBuilder.Interaction(subtype, on, "c" + i.ToString("D4")), history[i].Rank));
            }

            return kept;
        }

        /// <summary>
        /// Scores the activities with a recycle at <paramref name="recycle"/>: activities from before it listed in
        /// <paramref name="early"/> arrive before the recycle, every other one after it, each group in the given order.
        /// </summary>
        private static double ScoreAround(IEnumerable<ScoredActivity> early, IEnumerable<ScoredActivity> late, DateTime recycle, DateTime end)
        {
            LeadScoreState state = LeadScoreState.Empty;
            foreach (ScoredActivity activity in early)
            {
                state = CappedEngine.Score(state, activity, recycle).State;
            }

            state = CappedEngine.Recycle(state, 0.5, recycle);
            foreach (ScoredActivity activity in late)
            {
                state = CappedEngine.Score(state, activity, end).State;
            }

            return CappedEngine.Evaluate(state, end).Behaviour;
        }

        [Fact]
        public void ActivityScoring_CappedModelWithARecycle_AnyArrivalOrderGivesTheSameScoreWhileNoWindowOverflows()
        {
            Prop.ForAll(Histories(), history =>
            {
                List<(ScoredActivity Activity, int Rank)> activities = WithinCaps(history);
                DateTime recycle = Moments.Day(45);
                DateTime end = Moments.Day(100);
                Func<(ScoredActivity Activity, int Rank), bool> arrivesEarly = a => a.Activity.OccurredOn < recycle && a.Rank % 2 == 0;
                var early = activities.Where(arrivesEarly).ToList();
                var late = activities.Where(a => !arrivesEarly(a)).ToList();
                double forward = ScoreAround(early.OrderBy(a => a.Rank).Select(a => a.Activity), late.OrderBy(a => a.Rank).Select(a => a.Activity), recycle, end);
                double backward = ScoreAround(early.OrderByDescending(a => a.Rank).Select(a => a.Activity), late.OrderByDescending(a => a.Rank).Select(a => a.Activity), recycle, end);
                double allLate = ScoreAround(Enumerable.Empty<ScoredActivity>(), activities.OrderBy(a => a.Rank).Select(a => a.Activity), recycle, end);
                return Close(forward, backward) && Close(forward, allLate);
            }).Check(Quick);
        }

        [Fact]
        public void ActivityScoring_CappedModelWithHorizonAndRecycles_StampedTwiceChangesNothingTheSecondTime()
        {
            Prop.ForAll(Histories(), history =>
            {
                LeadScoreState state = LeadScoreState.Empty;
                int i = 0;
                foreach (ScoredActivity activity in Activities(history).OrderBy(a => a.OccurredOn))
                {
                    DateTime now = activity.OccurredOn.AddHours(1);
                    if (i++ % 5 == 4 && (state.ScoredOn ?? DateTime.MinValue) <= now)
                    {
                        state = CappedEngine.Recycle(state, 0.5, now);
                    }

                    ActivityScoring first = CappedEngine.Score(state, activity, now);
                    ActivityScoring again = CappedEngine.Score(first.State, activity.WithStamp(first.Stamp), now.AddHours(1));
                    if (!ReferenceEquals(first.State, again.State) || again.Changed)
                    {
                        return false;
                    }

                    state = again.State;
                }

                return true;
            }).Check(Quick);
        }

        [Fact]
        public void Removal_CappedModelAfterAdding_RestoresTheScoreAndFreesTheCap()
        {
            Prop.ForAll(Histories(), history =>
            {
                List<ScoredActivity> activities = Activities(history).Where(a => a.Subtype == "webvisit" || a.Subtype == "download").ToList();
                if (activities.Count == 0)
                {
                    return true;
                }

                ScoredActivity extra = activities[activities.Count - 1];
                ScoredActivity probe = ActivityBuilder.Interaction(extra.Subtype!, extra.OccurredOn, "probe");
                DateTime now = Moments.Day(401);
                LeadScoreState state = LeadScoreState.Empty;
                foreach (ScoredActivity activity in activities.Take(activities.Count - 1))
                {
                    state = CappedEngine.Score(state, activity, Moments.Day(400)).State;
                }

                ActivityScoring added = CappedEngine.Score(state, extra, now);
                LeadScoreState removed = CappedEngine.Remove(added.State, extra.WithStamp(added.Stamp), now).State;
                double probeBefore = CappedEngine.Score(state, probe, now).Stamp!.Points;
                double probeAfter = CappedEngine.Score(removed, probe, now).Stamp!.Points;
                return Close(CappedEngine.Evaluate(state, Moments.Day(403)).Behaviour, CappedEngine.Evaluate(removed, Moments.Day(403)).Behaviour)
                    && probeBefore == probeAfter;
            }).Check(Quick);
        }

        [Fact]
        public void ActivityScoring_StampedTwice_ChangesNothingTheSecondTime()
        {
            Prop.ForAll(Histories(), history =>
            {
                LeadScoreState state = LeadScoreState.Empty;
                foreach (ScoredActivity activity in Activities(history))
                {
                    ActivityScoring first = Engine.Score(state, activity, Moments.Day(400));
                    ActivityScoring again = Engine.Score(first.State, activity.WithStamp(first.Stamp), Moments.Day(401));
                    if (!ReferenceEquals(first.State, again.State) || again.Changed)
                    {
                        return false;
                    }

                    state = again.State;
                }

                return true;
            }).Check(Quick);
        }
    }
}
