using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class FrequencyCapTests
    {
        private readonly ScoringEngine engine = new ScoringEngine(DefaultScoringModel.Create());

        [Fact]
        public void ActivityScoring_SixWebVisitsInOneDay_OnlyFiveCount()
        {
            LeadScoreState state = LeadScoreState.Empty;
            ActivityScoring last = null!;
            for (int i = 0; i < 6; i++)
            {
                last = engine.Score(state, ActivityBuilder.Interaction(InteractionTypes.WebVisit, Moments.Day(0).AddHours(9 + i)), Moments.Day(0).AddHours(15));
                state = last.State;
            }

            Assert.Equal(ScoringOutcome.Capped, last.Outcome);
            Assert.Equal(0, last.Stamp!.Points);
            double expected = 0;
            for (int i = 0; i < 5; i++)
            {
                expected += System.Math.Pow(2, -((6 - i) / 24.0) / 30);
            }

            Assert.Equal(expected, state.BehaviourScore, 9);
            Assert.Equal("web-visit@D20260302=5", state.Ledger.ToString());
        }

        [Fact]
        public void ActivityScoring_LateDownloadInAnEarlierWeek_LandsInItsOwnWindow()
        {
            LeadScoreState state = LeadScoreState.Empty;
            for (int i = 0; i < 3; i++)
            {
                state = engine.Score(state, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(7 + i)), Moments.Day(10)).State;
            }

            ActivityScoring late = engine.Score(state, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(2)), Moments.Day(11));

            Assert.Equal(ScoringOutcome.Scored, late.Outcome);
            Assert.Equal("download@W20260302=1;download@W20260309=3", late.State.Ledger.ToString());
        }

        [Fact]
        public void ActivityScoring_CappedActivityBeyondTheHorizon_EarnsNothing()
        {
            LeadScoreState state = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebVisit, Moments.Day(200)), Moments.Day(200)).State;

            ActivityScoring ancient = engine.Score(state, ActivityBuilder.Interaction(InteractionTypes.WebVisit, Moments.Day(10)), Moments.Day(200));

            Assert.Equal(ScoringOutcome.BeyondCapHorizon, ancient.Outcome);
            Assert.Equal(0, ancient.Stamp!.Points);
        }

        [Fact]
        public void ActivityScoring_NewWindow_DropsWindowsBeyondTheHorizon()
        {
            LeadScoreState state = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.WebVisit, Moments.Day(0)), Moments.Day(0)).State;

            LeadScoreState later = engine.Score(state, ActivityBuilder.Interaction(InteractionTypes.WebVisit, Moments.Day(150)), Moments.Day(150)).State;

            Assert.Equal("web-visit@D20260730=1", later.Ledger.ToString());
        }

        [Fact]
        public void Removal_CountedCappedActivity_FreesItsPlaceInTheWindow()
        {
            ActivityScoring signup = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.NewsletterSignup, Moments.Day(0), "n1"), Moments.Day(0));
            ScoredActivity stamped = ActivityBuilder.Interaction(InteractionTypes.NewsletterSignup, Moments.Day(0), "n1").WithStamp(signup.Stamp);
            LeadScoreState removed = engine.Remove(signup.State, stamped, Moments.Day(1)).State;

            ActivityScoring again = engine.Score(removed, ActivityBuilder.Interaction(InteractionTypes.NewsletterSignup, Moments.Day(2)), Moments.Day(2));

            Assert.Equal(ScoringOutcome.Scored, again.Outcome);
            Assert.Equal(20, again.Stamp!.Points);
        }
    }

    public class ScoreLedgerTests
    {
        [Fact]
        public void Parse_TextFormWithCapsAndRecycles_RoundTrips()
        {
            const string text = "download@W20260302=1;web-visit@D20260302=5;!20260310T120000=0.5";

            ScoreLedger ledger = ScoreLedger.Parse(text);

            Assert.Equal(text, ledger.ToString());
            Assert.Equal(5, ledger.CapCount("web-visit", "D20260302"));
            Assert.Equal(0.5, ledger.RecycleMultiplier(Moments.Day(1)));
            Assert.Equal(1, ledger.RecycleMultiplier(Moments.Day(9)));
        }

        [Fact]
        public void Parse_CorruptEntry_NamesTheEntry()
        {
            var error = Assert.Throws<System.FormatException>(() => ScoreLedger.Parse("web-visit@X1=2"));

            Assert.Contains("'web-visit@X1=2'", error.Message);
        }

        [Fact]
        public void Parse_Empty_IsTheEmptyLedger()
        {
            Assert.Same(ScoreLedger.Empty, ScoreLedger.Parse(null));
            Assert.Equal(string.Empty, ScoreLedger.Empty.ToString());
        }
    }
}
