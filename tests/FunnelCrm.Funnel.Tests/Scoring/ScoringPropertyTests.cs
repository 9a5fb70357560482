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
