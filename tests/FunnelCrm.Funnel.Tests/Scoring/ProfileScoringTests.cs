using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class ProfileScoringTests
    {
        private readonly ScoringEngine engine = new ScoringEngine(DefaultScoringModel.Create());

        private ProfileScore Score(ProfileBuilder profile, LeadScoreState? state = null, double day = 0)
        {
            return engine.ScoreProfile(profile.Build(), state ?? LeadScoreState.Empty, Moments.Day(day));
        }

        [Fact]
        public void ProfileScoring_TargetAccount_StartsAtTwenty()
        {
            ProfileScore score = Score(ProfileBuilder.Lead().With("fcm_targetaccount", true));

            Assert.Equal(20, score.FitScore);
            Assert.Equal("Target account: +20", score.Contributions[0].Sentence);
        }

        [Fact]
        public void ProfileScoring_EmployeesAsIntOrDecimal_ComparesAsNumbers()
        {
            Assert.Equal(20, Score(ProfileBuilder.Lead().With("numberofemployees", 500)).FitScore);
            Assert.Equal(10, Score(ProfileBuilder.Lead().With("numberofemployees", 120m)).FitScore);
            Assert.Equal(0, Score(ProfileBuilder.Lead().With("numberofemployees", 49.0)).FitScore);
        }

        [Fact]
        public void ProfileScoring_SeniorTitleInAnyCase_Matches()
        {
            Assert.Equal(15, Score(ProfileBuilder.Lead().With("jobtitle", "Head of Marketing")).FitScore);
        }

        [Fact]
        public void ProfileScoring_CountryIn_MatchesIgnoringCaseAndMissingCountryIsNotIn()
        {
            Assert.Equal(5, Score(ProfileBuilder.Lead().With("address1_country", "deutschland")).FitScore);
            Assert.Equal(0, Score(ProfileBuilder.Lead().With("address1_country", null)).FitScore);
        }

        [Fact]
        public void ProfileScoring_NotIn_HoldsOnlyForAPresentValue()
        {
            ScoringModel model = Models.Uncapped();
            model.FitRules!.Add(new ProfileRule { Id = "outside", Column = "address1_country", Operator = "notin", Values = new List<string> { "Germany" }, Points = -5 });
            var custom = new ScoringEngine(model);

            Assert.Equal(-5, custom.ScoreProfile(ProfileBuilder.Lead().With("address1_country", "France").Build(), LeadScoreState.Empty, Moments.Day(0)).FitScore);
            Assert.Equal(0, custom.ScoreProfile(ProfileBuilder.Lead().With("address1_country", "Germany").Build(), LeadScoreState.Empty, Moments.Day(0)).FitScore);
            Assert.Equal(0, custom.ScoreProfile(ProfileBuilder.Lead().Build(), LeadScoreState.Empty, Moments.Day(0)).FitScore);
        }

        [Fact]
        public void ProfileScoring_FreeMailAddress_IsPenalised()
        {
            ProfileScore score = Score(ProfileBuilder.Lead("jana@gmail.com"));

            Assert.Equal(-10, score.FitScore);
            Assert.Equal("Free-mail address: -10", score.Contributions[0].Sentence);
        }

        [Fact]
        public void ProfileScoring_InvalidEmailAddress_IsPenalised()
        {
            Assert.Equal(-30, Score(ProfileBuilder.Lead("jana.contoso.de")).FitScore);
            Assert.Equal(-30, Score(ProfileBuilder.Lead("jana@contoso")).FitScore);
        }

        [Fact]
        public void ProfileScoring_Unsubscribed_IsPenalised()
        {
            Assert.Equal(-20, Score(ProfileBuilder.Lead().With("donotbulkemail", true)).FitScore);
            Assert.Equal(0, Score(ProfileBuilder.Lead().With("donotbulkemail", false)).FitScore);
        }

        [Fact]
        public void ProfileScoring_StudentTitle_IsOutsideTheTargetGroup()
        {
            Assert.Equal(-50, Score(ProfileBuilder.Lead().With("jobtitle", "Werkstudent Vertrieb")).FitScore);
        }

        [Fact]
        public void ProfileScoring_NinetyDaysWithoutEngagement_IsPenalised()
        {
            LeadScoreState engaged = engine.Score(LeadScoreState.Empty, ActivityBuilder.Interaction(InteractionTypes.Download, Moments.Day(0)), Moments.Day(0)).State;

            Assert.Equal(0, Score(ProfileBuilder.Lead(), engaged, 89.5).FitScore);
            Assert.Equal(-20, Score(ProfileBuilder.Lead(), engaged, 90).FitScore);
            Assert.Equal(0, Score(ProfileBuilder.Lead(), LeadScoreState.Empty, 365).FitScore);
        }

        [Fact]
        public void ProfileScoring_CompetitorDomain_ScoresMinusHundred()
        {
            var custom = new ScoringEngine(Models.Uncapped());

            ProfileScore score = custom.ScoreProfile(ProfileBuilder.Lead("spy@rival.example").Build(), LeadScoreState.Empty, Moments.Day(0));

            Assert.Equal(-100, score.FitScore);
            Assert.Equal('D', score.Grade);
        }

        [Theory]
        [InlineData(40, 'A')]
        [InlineData(39.9, 'B')]
        [InlineData(20, 'B')]
        [InlineData(0, 'C')]
        [InlineData(-0.1, 'D')]
        public void Grade_FitScore_FallsIntoItsBand(double fit, char grade)
        {
            Assert.Equal(grade, DefaultScoringModel.Create().Grades!.GradeOf(fit));
        }
    }
}
