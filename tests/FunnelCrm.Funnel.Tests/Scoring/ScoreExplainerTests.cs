using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class ScoreExplainerTests
    {
        [Fact]
        public void Explain_WebinarAndCompetitor_ReadsAsSentencesLargestFirst()
        {
            var engine = new ScoringEngine(Models.Uncapped());
            ActivityScoring webinar = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction("webinarattendance", Moments.Day(0), "w1"), Moments.Day(0));
            ActivityScoring visit = engine.Score(webinar.State, ActivityBuilder.Interaction("webvisit", Moments.Day(2), "v1"), Moments.Day(2));
            var ledger = new List<ScoredActivity>
            {
                ActivityBuilder.Interaction("webinarattendance", Moments.Day(0), "w1").WithStamp(webinar.Stamp),
                ActivityBuilder.Interaction("webvisit", Moments.Day(2), "v1").WithStamp(visit.Stamp),
            };

            ScoreExplanation explanation = ScoreExplainer.Explain(engine, visit.State, ledger, ProfileBuilder.Lead("spy@rival.example").Build(), Moments.Day(3));

            Assert.Equal(3, explanation.Lines.Count);
            Assert.Equal("Competitor domain: -100", explanation.Lines[0].Sentence);
            Assert.Equal("Attended webinar 3 days ago: +47", explanation.Lines[1].Sentence);
            Assert.Equal("web-visit 1 day ago: +1", explanation.Lines[2].Sentence);
            Assert.Equal("Competitor domain: -100\nAttended webinar 3 days ago: +47\nweb-visit 1 day ago: +1", explanation.Text);
        }

        [Fact]
        public void Explain_ActivityFromAnOlderModel_NamesTableAndSubtype()
        {
            var engine = new ScoringEngine(Models.Uncapped("test-2"));
            ScoredActivity old = ActivityBuilder.Interaction("webinarattendance", Moments.Day(0), "w1").WithStamp(new ActivityStamp(40, "test-1", Moments.Day(0)));

            ScoreExplanation explanation = ScoreExplainer.Explain(engine, LeadScoreState.Empty, new[] { old }, ProfileBuilder.Lead().Build(), Moments.Day(0));

            Assert.Equal("fcm_interaction (webinarattendance) today: +40", explanation.Lines[0].Sentence);
        }

        [Fact]
        public void Explain_MoreContributionsThanTop_KeepsTheLargest()
        {
            var engine = new ScoringEngine(Models.Uncapped());
            var ledger = new List<ScoredActivity>();
            for (int i = 0; i < 8; i++)
            {
                ledger.Add(ActivityBuilder.Interaction("download", Moments.Day(i), "d" + i).WithStamp(new ActivityStamp(10, "test-1", Moments.Day(i))));
            }

            ScoreExplanation explanation = ScoreExplainer.Explain(engine, LeadScoreState.Empty, ledger, ProfileBuilder.Lead().Build(), Moments.Day(8), 3);

            Assert.Equal(new[] { "d7", "d6", "d5" }, new[] { explanation.Lines[0].ActivityId, explanation.Lines[1].ActivityId, explanation.Lines[2].ActivityId });
        }
    }

    public class ScoreReplayTests
    {
        [Fact]
        public void Replay_StampedHistory_RescoresEveryActivityWithTheModelVersion()
        {
            var engine = new ScoringEngine(Models.Uncapped("test-2", webinarPoints: 80));
            var history = new[]
            {
                ActivityBuilder.Interaction("webinarattendance", Moments.Day(1), "w1").WithStamp(new ActivityStamp(50, "test-1", Moments.Day(1))),
                ActivityBuilder.Interaction("download", Moments.Day(0), "d1"),
            };

            ReplayResult replay = ScoreReplay.Replay(engine, history, ProfileBuilder.Lead().Build(), Moments.Day(1));

            Assert.Equal(new[] { "d1", "w1" }, new[] { replay.Activities[0].Id, replay.Activities[1].Id });
            Assert.Equal(80, replay.Activities[1].Stamp!.Points);
            Assert.Equal("test-2", replay.Activities[1].Stamp!.ModelVersion);
            Assert.Equal(80 + 10 * System.Math.Pow(2, -1.0 / 30), replay.Card.Total, 9);
        }

        [Fact]
        public void Shadow_CandidateWithHeavierWebinar_ShowsBothResultsSideBySide()
        {
            var live = new ScoringEngine(Models.Uncapped("live"));
            var candidate = new ScoringEngine(Models.Uncapped("candidate", webinarPoints: 100));
            var history = new[] { ActivityBuilder.Interaction("webinarattendance", Moments.Day(0), "w1") };

            ShadowComparison comparison = ShadowScoring.Compare(live, candidate, history, ProfileBuilder.Lead().Build(), Moments.Day(0));

            Assert.Equal(50, comparison.Live.Card.Total, 9);
            Assert.Equal(100, comparison.Candidate.Card.Total, 9);
            Assert.Equal(50, comparison.ScoreDifference, 9);
            Assert.True(comparison.MqlVerdictDiffers);
            Assert.Equal("candidate", comparison.Candidate.ModelVersion);
        }
    }
}
