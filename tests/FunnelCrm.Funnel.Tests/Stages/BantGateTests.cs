using System.Collections.Generic;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Stages
{
    public class BantGateTests
    {
        private static BantEvaluation Evaluate(ProfileBuilder profile, BantSettings? settings = null)
        {
            return BantGate.Evaluate(profile.Build(), settings ?? new BantSettings());
        }

        [Fact]
        public void Bant_ZeroValues_AreValuesNotMissing()
        {
            BantEvaluation bant = Evaluate(ProfileBuilder.Lead().WithBant(0, false, 0, 0, 0));

            Assert.Equal(BantVerdict.Fail, bant[BantItem.Budget].Verdict);
            Assert.Equal("No Committed Budget", bant[BantItem.Budget].Detail);
            Assert.Equal(BantVerdict.Pass, bant[BantItem.Authority].Verdict);
            Assert.Equal(BantVerdict.Pass, bant[BantItem.Need].Verdict);
            Assert.Equal(BantVerdict.Pass, bant[BantItem.Timeline].Verdict);
        }

        [Fact]
        public void Bant_NullColumns_AreMissingAndListedInWords()
        {
            BantEvaluation bant = Evaluate(ProfileBuilder.Lead());

            Assert.All(bant.Items, item => Assert.Equal(BantVerdict.Missing, item.Verdict));
            Assert.Equal("budget, authority, need and timeline are missing", bant.Describe(new BantSettings().RequiredForOpportunity));
        }

        [Fact]
        public void Bant_NoNeedAndUnknownTimeframe_FailByDefault()
        {
            BantEvaluation bant = Evaluate(ProfileBuilder.Lead().WithBant(1, true, 3, 4));

            Assert.Equal(BantVerdict.Fail, bant[BantItem.Need].Verdict);
            Assert.Equal(BantVerdict.Fail, bant[BantItem.Timeline].Verdict);
            Assert.Equal("need fails (No need); timeline fails (Unknown)", bant.Describe(new[] { BantItem.Need, BantItem.Timeline }));
        }

        [Fact]
        public void Bant_UnknownPurchaseProcessWithoutDecisionMaker_FailsAuthority()
        {
            Assert.Equal(BantVerdict.Fail, Evaluate(ProfileBuilder.Lead().WithBant(null, null, null, null, 2))[BantItem.Authority].Verdict);
            Assert.Equal(BantVerdict.Pass, Evaluate(ProfileBuilder.Lead().WithBant(null, true, null, null, 2))[BantItem.Authority].Verdict);
        }

        [Fact]
        public void Bant_DecisionMakerRequired_CommitteeAloneFails()
        {
            var settings = new BantSettings { RequireDecisionMaker = true };

            Assert.Equal(BantVerdict.Fail, Evaluate(ProfileBuilder.Lead().WithBant(null, false, null, null, 1), settings)[BantItem.Authority].Verdict);
        }

        [Fact]
        public void Bant_BudgetAmountBelowMinimum_Fails()
        {
            var settings = new BantSettings { MinimumBudgetAmount = 10000m };

            Assert.Equal(BantVerdict.Fail, Evaluate(ProfileBuilder.Lead().WithBant(2, null, null, null, amount: 5000m), settings)[BantItem.Budget].Verdict);
            Assert.Equal(BantVerdict.Pass, Evaluate(ProfileBuilder.Lead().WithBant(2, null, null, null, amount: 25000m), settings)[BantItem.Budget].Verdict);
        }

        [Fact]
        public void Bant_AmountWithoutStatus_PassesBudget()
        {
            Assert.Equal(BantVerdict.Pass, Evaluate(ProfileBuilder.Lead().WithBant(null, null, null, null, amount: 5000m))[BantItem.Budget].Verdict);
        }

        [Fact]
        public void Bant_ConfiguredSqlItems_AreWhatTheGateChecks()
        {
            var settings = new FunnelSettings();
            settings.Bant.RequiredForSql = new List<BantItem> { BantItem.Need };
            var machine = new StageMachine(settings, Funnel.Scoring.DefaultScoringModel.Create());

            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Sal, profile: ProfileBuilder.Lead().WithBant(null, null, 0, null)), StageEvent.Qualified(Moments.Day(0)));

            Assert.Equal(FunnelStage.Sql, result.Transition!.To);
        }
    }
}
