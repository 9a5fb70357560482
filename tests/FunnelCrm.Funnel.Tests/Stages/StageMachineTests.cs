using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Stages
{
    public class StageMachineTests
    {
        private readonly StageMachine machine = new StageMachine(new FunnelSettings(), DefaultScoringModel.Create());
        private static readonly System.DateTime When = Moments.Day(1);

        [Fact]
        public void Created_WithEmail_EntersAsKnownAndNetNew()
        {
            TransitionResult result = machine.Apply(Leads.At(null), StageEvent.Created(When));

            Assert.True(result.Moved);
            Assert.Null(result.Transition!.From);
            Assert.Equal(FunnelStage.Known, result.Transition.To);
            Assert.Equal(StageTrigger.Created, result.Transition.Trigger);
            Assert.Equal(When, result.Transition.On);
            Assert.True(result.Transition.IsNetNew);
        }

        [Fact]
        public void Created_WithoutEmail_IsRefusedNamingTheEmail()
        {
            TransitionResult result = machine.Apply(Leads.At(null, profile: ProfileBuilder.Lead(" ")), StageEvent.Created(When));

            Assert.Equal(TransitionOutcome.Refused, result.Outcome);
            Assert.Equal("Cannot move the lead to Known: the email address is missing.", result.Message);
        }

        [Fact]
        public void Activity_QualifyingInteraction_MovesKnownToEngaged()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Known, score: 10), StageEvent.Activity(When, engaging: true));

            Assert.Equal(FunnelStage.Engaged, result.Transition!.To);
            Assert.Equal(10, result.Transition.Score);
        }

        [Fact]
        public void Activity_NotEngaging_LeavesKnownUnchanged()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Known), StageEvent.Activity(When, engaging: false));

            Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
        }

        [Fact]
        public void ScoreChanged_AtThresholdWithFit_MakesMql()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Engaged, score: 100), StageEvent.ScoreChanged(When));

            Assert.Equal(FunnelStage.Mql, result.Transition!.To);
            Assert.Equal("Score 100 reached the MQL threshold 100", result.Transition.Reason);
        }

        [Fact]
        public void Activity_DemoRequestFromKnown_SkipsStraightToMql()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Known, score: 120), StageEvent.Activity(When, engaging: true));

            Assert.Equal(FunnelStage.Mql, result.Transition!.To);
        }

        [Fact]
        public void ScoreChanged_BelowThreshold_StaysWithTheReason()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Engaged, score: 85), StageEvent.ScoreChanged(When));

            Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
            Assert.Equal("Not MQL yet: score 85 is below the threshold 100.", result.Message);
        }

        [Fact]
        public void ScoreChanged_FitBelowConfiguredMinimum_IsNotMql()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.MinimumFitForMql = 20;
            var strict = new StageMachine(new FunnelSettings(), model);

            TransitionResult result = strict.Apply(Leads.At(FunnelStage.Engaged, score: 150, fit: 10), StageEvent.ScoreChanged(When));

            Assert.Equal("Not MQL yet: fit 10 is below the minimum 20.", result.Message);
        }

        [Fact]
        public void MeetingBooked_WithAnMql_MakesItSal()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql, score: 100), StageEvent.MeetingBooked(When));

            Assert.Equal(FunnelStage.Sal, result.Transition!.To);
            Assert.Equal(StageTrigger.MeetingBooked, result.Transition.Trigger);
        }

        [Fact]
        public void Accepted_Mql_MakesItSal()
        {
            Assert.Equal(FunnelStage.Sal, machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.Accepted(When)).Transition!.To);
        }

        [Fact]
        public void Accepted_EngagedLead_IsRefused()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Engaged), StageEvent.Accepted(When));

            Assert.Equal(TransitionOutcome.Refused, result.Outcome);
            Assert.Equal("Only an MQL can be accepted; the lead is Engaged.", result.Message);
        }

        [Fact]
        public void Rejected_WithoutReason_IsRefused()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.Rejected(When, null));

            Assert.Equal("Cannot reject the lead: a rejection reason from the list is required.", result.Message);
        }

        [Fact]
        public void Rejected_MqlWithReason_IsRecycledWithTheBehaviourFactor()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.Rejected(When, RejectionReason.BadTiming, "call again in Q3"));

            Assert.Equal(FunnelStage.Recycled, result.Transition!.To);
            Assert.Equal(RejectionReason.BadTiming, result.Transition.Rejection);
            Assert.Equal("Rejected: Bad timing (call again in Q3)", result.Transition.Reason);
            Assert.Equal(0.5, result.Transition.BehaviourFactor);
        }

        [Fact]
        public void Recycled_ReachingMqlAgain_IsNotNetNew()
        {
            LeadFunnelState recycled = Leads.At(FunnelStage.Recycled, score: 130, fit: 0, null, FunnelStage.Known, FunnelStage.Engaged, FunnelStage.Mql);

            TransitionResult result = machine.Apply(recycled, StageEvent.ScoreChanged(When));

            Assert.Equal(FunnelStage.Mql, result.Transition!.To);
            Assert.False(result.Transition.IsNetNew);
        }

        [Fact]
        public void Recycled_Engaging_ReturnsToEngagedNotNetNew()
        {
            LeadFunnelState recycled = Leads.At(FunnelStage.Recycled, 10, 0, null, FunnelStage.Known, FunnelStage.Engaged, FunnelStage.Mql);

            TransitionResult result = machine.Apply(recycled, StageEvent.Activity(When, true));

            Assert.Equal(FunnelStage.Engaged, result.Transition!.To);
            Assert.False(result.Transition.IsNetNew);
        }

        [Fact]
        public void Qualified_SalWithoutBudgetAndTimeline_IsRefusedNamingThem()
        {
            LeadFunnelState sal = Leads.At(FunnelStage.Sal, profile: ProfileBuilder.Lead().WithBant(null, true, 0, null));

            TransitionResult result = machine.Apply(sal, StageEvent.Qualified(When));

            Assert.Equal(TransitionOutcome.Refused, result.Outcome);
            Assert.Equal("Cannot move the lead to SQL: budget and timeline are missing.", result.Message);
            Assert.Equal(new[] { BantItem.Budget, BantItem.Timeline }, result.MissingBant);
        }

        [Fact]
        public void Qualified_SalWithBudgetNeedTimeline_BecomesSql()
        {
            LeadFunnelState sal = Leads.At(FunnelStage.Sal, profile: ProfileBuilder.Lead().WithBant(2, null, 1, 1));

            TransitionResult result = machine.Apply(sal, StageEvent.Qualified(When));

            Assert.Equal(FunnelStage.Sql, result.Transition!.To);
        }

        [Fact]
        public void Qualified_Mql_IsRefusedUntilAccepted()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.Qualified(When));

            Assert.Equal("Cannot qualify an MQL: sales must accept it (SAL) first.", result.Message);
        }

        [Fact]
        public void Qualified_SqlWithoutAuthority_IsRefusedForOpportunity()
        {
            LeadFunnelState sql = Leads.At(FunnelStage.Sql, profile: ProfileBuilder.Lead().WithBant(3, null, 0, 0));

            TransitionResult result = machine.Apply(sql, StageEvent.Qualified(When));

            Assert.Equal("Cannot move the lead to Opportunity: authority is missing.", result.Message);
        }

        [Fact]
        public void BantChanged_SqlWithAllFour_BecomesOpportunity()
        {
            LeadFunnelState sql = Leads.At(FunnelStage.Sql, profile: ProfileBuilder.Lead().WithBant(3, true, 0, 0));

            TransitionResult result = machine.Apply(sql, StageEvent.BantChanged(When));

            Assert.Equal(FunnelStage.Opportunity, result.Transition!.To);
            Assert.Equal(StageTrigger.BantChanged, result.Transition.Trigger);
        }

        [Fact]
        public void BantChanged_SqlWithNoNeed_StaysAndSaysWhy()
        {
            LeadFunnelState sql = Leads.At(FunnelStage.Sql, profile: ProfileBuilder.Lead().WithBant(3, true, 3, 0));

            TransitionResult result = machine.Apply(sql, StageEvent.BantChanged(When));

            Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
            Assert.Equal("Cannot move the lead to Opportunity: need fails (No need).", result.Message);
        }

        [Fact]
        public void OpportunityWonAndLost_FromOpportunity_Close()
        {
            Assert.Equal(FunnelStage.Won, machine.Apply(Leads.At(FunnelStage.Opportunity), StageEvent.OpportunityWon(When)).Transition!.To);
            Assert.Equal("Opportunity lost: price", machine.Apply(Leads.At(FunnelStage.Opportunity), StageEvent.OpportunityLost(When, "price")).Transition!.Reason);
        }

        [Fact]
        public void OpportunityWon_FromSql_IsRefused()
        {
            Assert.Equal(TransitionOutcome.Refused, machine.Apply(Leads.At(FunnelStage.Sql), StageEvent.OpportunityWon(When)).Outcome);
        }

        [Fact]
        public void OpportunityReopened_FromWonOrLost_ReturnsToOpportunityNeverNetNew()
        {
            TransitionResult fromWon = machine.Apply(Leads.At(FunnelStage.Won), StageEvent.OpportunityReopened(When));
            TransitionResult fromLost = machine.Apply(Leads.At(FunnelStage.Lost), StageEvent.OpportunityReopened(When));

            Assert.Equal(FunnelStage.Opportunity, fromWon.Transition!.To);
            Assert.Equal("Opportunity reopened after it was won", fromWon.Transition.Reason);
            Assert.False(fromWon.Transition.IsNetNew);
            Assert.Equal("Opportunity reopened after it was lost", fromLost.Transition!.Reason);
        }

        [Fact]
        public void OpportunityReopened_OpenOpportunity_LeavesTheLead()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Opportunity), StageEvent.OpportunityReopened(When));

            Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
            Assert.Equal("Only a won or lost opportunity can be reopened; the lead is Opportunity.", result.Message);
        }

        [Fact]
        public void SlaBreached_Mql_IsRecycled()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.SlaBreached(When, "MQL acceptance SLA"));

            Assert.Equal(FunnelStage.Recycled, result.Transition!.To);
            Assert.Equal("MQL acceptance SLA breached", result.Transition.Reason);
            Assert.Equal(StageTrigger.SlaBreached, result.Transition.Trigger);
        }

        [Fact]
        public void SlaBreached_SettingOff_KeepsTheMql()
        {
            var keep = new StageMachine(new FunnelSettings { RecycleOnSlaBreach = false }, DefaultScoringModel.Create());

            TransitionResult result = keep.Apply(Leads.At(FunnelStage.Mql), StageEvent.SlaBreached(When, "MQL acceptance SLA"));

            Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
        }

        [Fact]
        public void Disqualified_WithoutReason_IsRefused_WithReason_Disqualifies()
        {
            Assert.Equal(TransitionOutcome.Refused, machine.Apply(Leads.At(FunnelStage.Sal), StageEvent.Disqualified(When, "")).Outcome);
            Assert.Equal(FunnelStage.Disqualified, machine.Apply(Leads.At(FunnelStage.Sal), StageEvent.Disqualified(When, "Student")).Transition!.To);
        }

        [Fact]
        public void ManualChange_ToSqlWithoutBant_IsRefusedNamingTheItems()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Mql), StageEvent.Manual(When, FunnelStage.Sql, "rep knows them"));

            Assert.Equal("Cannot move the lead to SQL: budget, need and timeline are missing.", result.Message);
        }

        [Fact]
        public void ManualChange_WithoutReason_IsRefused()
        {
            Assert.Equal(TransitionOutcome.Refused, machine.Apply(Leads.At(FunnelStage.Known), StageEvent.Manual(When, FunnelStage.Mql, null)).Outcome);
        }

        [Fact]
        public void ManualChange_OutOfWon_IsRefused()
        {
            Assert.Equal(TransitionOutcome.Refused, machine.Apply(Leads.At(FunnelStage.Won), StageEvent.Manual(When, FunnelStage.Known, "reopen")).Outcome);
        }

        [Fact]
        public void ManualChange_ReopenDisqualified_MovesToKnownNotNetNew()
        {
            TransitionResult result = machine.Apply(Leads.At(FunnelStage.Disqualified, 0, 0, null, FunnelStage.Known), StageEvent.Manual(When, FunnelStage.Known, "was a mistake"));

            Assert.Equal(FunnelStage.Known, result.Transition!.To);
            Assert.Equal("Set by hand: was a mistake", result.Transition.Reason);
            Assert.False(result.Transition.IsNetNew);
        }
    }
}
