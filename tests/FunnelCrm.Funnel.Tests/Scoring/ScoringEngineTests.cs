using System;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class ScoringEngineTests
    {
        private readonly ScoringEngine engine = new ScoringEngine(DefaultScoringModel.Create());

        [Fact]
        public void ActivityScoring_WebinarAttended_AddsItsPointsAndStampsTheActivity()
        {
            ScoredActivity webinar = ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(0));

            ActivityScoring result = engine.Score(LeadScoreState.Empty, webinar, Moments.Day(0));

            Assert.Equal(ScoringOutcome.Scored, result.Outcome);
            Assert.Equal(50, result.State.BehaviourScore, 9);
            Assert.Equal(50, result.Stamp!.Points);
            Assert.Equal(DefaultScoringModel.Version, result.Stamp.ModelVersion);
            Assert.Equal(Moments.Day(0), result.Stamp.ScoredOn);
        }

        [Fact]
        public void ActivityScoring_OneHalfLifeLater_IsWorthHalf()
        {
            ActivityScoring result = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(0)), Moments.Day(0));

            ScoreCard card = engine.Evaluate(result.State, Moments.Day(30));

            Assert.Equal(25, card.Behaviour, 9);
        }

        [Fact]
        public void ActivityScoring_LateActivity_DecaysFromItsOwnTime()
        {
            ScoredActivity old = ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(0));

            ActivityScoring result = engine.Score(LeadScoreState.Empty, old, Moments.Day(60));

            Assert.Equal(12.5, result.State.BehaviourScore, 9);
            Assert.Equal(Moments.Day(60), result.State.ScoredOn);
        }

        [Fact]
        public void ActivityScoring_DemoRequestAlone_MakesTheLeadMqlReady()
        {
            ActivityScoring result = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.DemoRequest, Moments.Day(0)), Moments.Day(0));

            Assert.True(engine.Evaluate(result.State, Moments.Day(0)).IsMqlReady);
        }

        [Fact]
        public void ActivityScoring_Unsubscribe_SubtractsPointsThatDecayToo()
        {
            ActivityScoring webinar = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(0)), Moments.Day(0));

            ActivityScoring unsubscribed = engine.Score(webinar.State, ActivityBuilder.Interaction(InteractionTypes.Unsubscribe, Moments.Day(0)), Moments.Day(0));

            Assert.Equal(-20, unsubscribed.Stamp!.Points);
            Assert.Equal(15, engine.Evaluate(unsubscribed.State, Moments.Day(30)).Behaviour, 9);
        }

        [Fact]
        public void ActivityScoring_RepsOutgoingEmail_ScoresNothing()
        {
            ActivityScoring result = engine.Score(LeadScoreState.Empty, ActivityBuilder.Email(ActivityDirection.Outgoing, Moments.Day(0)), Moments.Day(0));

            Assert.Equal(ScoringOutcome.NoRule, result.Outcome);
            Assert.Equal(0, result.Stamp!.Points);
            Assert.Equal(0, result.State.BehaviourScore);
        }

        [Fact]
        public void ActivityScoring_IncomingEmail_Scores()
        {
            ActivityScoring result = engine.Score(LeadScoreState.Empty, ActivityBuilder.Email(ActivityDirection.Incoming, Moments.Day(0)), Moments.Day(0));

            Assert.Equal(10, result.Stamp!.Points);
        }

        [Fact]
        public void ActivityScoring_CompletedTask_ScoresNothing()
        {
            ActivityScoring result = engine.Score(LeadScoreState.Empty, ActivityBuilder.Task(Moments.Day(0)), Moments.Day(0));

            Assert.Equal(ScoringOutcome.NoRule, result.Outcome);
        }

        [Fact]
        public void ActivityScoring_CanceledAppointment_ScoresNothing()
        {
            var canceled = new ScoredActivity("m1", "appointment", ActivityDirection.Outgoing, ActivityState.Canceled, null, Moments.Day(0));

            ActivityScoring result = engine.Score(LeadScoreState.Empty, canceled, Moments.Day(0));

            Assert.Equal(0, result.Stamp!.Points);
        }

        [Fact]
        public void ActivityScoring_StampedActivity_IsANoOp()
        {
            ActivityScoring first = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(0), "d1"), Moments.Day(0));
            ScoredActivity stamped = ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(0), "d1").WithStamp(first.Stamp);

            ActivityScoring again = engine.Score(first.State, stamped, Moments.Day(1));

            Assert.Equal(ScoringOutcome.AlreadyScored, again.Outcome);
            Assert.False(again.Changed);
            Assert.Same(first.State, again.State);
        }

        [Fact]
        public void Removal_StampedActivity_SubtractsItsDecayedContribution()
        {
            ActivityScoring visit = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(0), "d1"), Moments.Day(0));
            ActivityScoring webinar = engine.Score(visit.State, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(10), "w1"), Moments.Day(10));

            ActivityScoring removed = engine.Remove(webinar.State, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(10), "w1").WithStamp(webinar.Stamp), Moments.Day(20));

            Assert.Equal(ScoringOutcome.Removed, removed.Outcome);
            Assert.Null(removed.Stamp);
            Assert.Equal(10 * Math.Pow(2, -20.0 / 30), engine.Evaluate(removed.State, Moments.Day(20)).Behaviour, 9);
        }

        [Fact]
        public void Removal_ActivityWithoutStamp_IsANoOp()
        {
            ActivityScoring removed = engine.Remove(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(0)), Moments.Day(0));

            Assert.Equal(ScoringOutcome.NotScored, removed.Outcome);
            Assert.Same(LeadScoreState.Empty, removed.State);
        }

        [Fact]
        public void Recycle_HalvesBehaviour_AndALateActivityFromBeforeIsHalvedToo()
        {
            ActivityScoring webinar = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(0)), Moments.Day(0));
            LeadScoreState recycled = engine.Recycle(webinar.State, 0.5, Moments.Day(0));

            ActivityScoring late = engine.Score(recycled, ActivityBuilder.Interaction(InteractionTypes.EventAttendance, Moments.Day(-1).AddHours(23)), Moments.Day(0));

            Assert.Equal(25, recycled.BehaviourScore, 9);
            Assert.Equal(25 + 25 * Math.Pow(2, -(1.0 / 24) / 30), late.State.BehaviourScore, 9);
        }

        [Fact]
        public void Recycle_BeforeTheScoredOnTime_IsRefused()
        {
            ActivityScoring webinar = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebinarAttendance, Moments.Day(5)), Moments.Day(5));

            Assert.Throws<ArgumentException>(() => engine.Recycle(webinar.State, 0.5, Moments.Day(4)));
        }

        [Fact]
        public void Evaluate_FitBelowMinimum_IsNotMqlReadyEvenAboveThreshold()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.MinimumFitForMql = 10;
            var strict = new ScoringEngine(model);
            ActivityScoring demo = strict.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.DemoRequest, Moments.Day(0)), Moments.Day(0));

            ScoreCard card = strict.Evaluate(demo.State.WithFitScore(5), Moments.Day(0));

            Assert.True(card.MeetsThreshold);
            Assert.False(card.MeetsMinimumFit);
            Assert.False(card.IsMqlReady);
        }
    }
}
