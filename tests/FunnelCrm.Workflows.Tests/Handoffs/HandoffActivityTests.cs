using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Workflows.Handoffs;
using FunnelCrm.Workflows.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Workflows.Tests.Handoffs;

public class HandoffActivityTests
{
    private static Dictionary<string, object> For(Guid leadId) => new() { ["Lead"] = new EntityReference(Tables.Lead, leadId) };

    private static void FullBant(Entity lead)
    {
        lead[LeadStandardColumns.BudgetStatus] = new OptionSetValue(2);
        lead[LeadStandardColumns.Need] = new OptionSetValue(0);
        lead[LeadStandardColumns.PurchaseTimeframe] = new OptionSetValue(1);
    }

    [Fact]
    public void AcceptLead_Mql_MovesToSalAsTheRepWithTheSlaVerdict()
    {
        var crm = new WorkflowOrganization();
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        var leadId = crm.Mql(configure: WorkflowOrganization.OwnedBy(rep));

        var outputs = crm.Run(new AcceptLead(), leadId, For(leadId), rep);

        Assert.Equal("Lead 'Contoso - J. Smith' accepted (SAL).", outputs["Message"]);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
        var row = crm.Transitions(leadId).Last();
        Assert.Equal(rep, row.GetAttributeValue<EntityReference>(StageTransitionColumns.MovedBy).Id);
        Assert.StartsWith("Accepted by sales; acceptance SLA met", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void AcceptLead_KnownLead_IsRefusedWithTheStage()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Lead();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new AcceptLead(), leadId, For(leadId)));

        Assert.Equal("Cannot accept lead 'Contoso - J. Smith': Only an MQL can be accepted; the lead is Known.", refusal.Message);
        Assert.Single(crm.Transitions(leadId));
    }

    [Fact]
    public void AcceptLead_AnotherStepRefusesTheLeadsUpdate_IsRefusedWithThatStepsOwnMessage()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        crm.Organization.RegisterStep(new FunnelCrm.Emulator.Pipeline.StepRegistration(typeof(ComplianceHold), "Update", Tables.Lead, FunnelCrm.Crm.Registration.PipelineStage.PreOperation));

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new AcceptLead(), leadId, For(leadId)));

        Assert.Equal(ComplianceHold.Refusal, refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    /// <summary>Another publisher's step on lead Update that refuses every change.</summary>
    public sealed class ComplianceHold : IPlugin
    {
        public const string Refusal = "This lead is on a compliance hold: ask the data protection officer before changing it.";

        public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException(Refusal);
    }

    [Fact]
    public void AcceptLead_NoLead_IsRefused()
    {
        var crm = new WorkflowOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new AcceptLead(), null, new Dictionary<string, object> { ["Lead"] = null! }));

        Assert.Contains("AcceptLead needs a lead: set the input 'Lead'.", refusal.Message);
    }

    [Fact]
    public void RejectLead_WithReason_RecyclesAndHalvesBehaviour()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        var behaviour = crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);
        var inputs = For(leadId);
        inputs["Reason"] = new OptionSetValue(RejectionReasonOption.NoBudget);

        crm.Run(new RejectLead(), leadId, inputs);

        var lead = crm.Row(leadId);
        Assert.Equal(FunnelStageOption.Recycled, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(RejectionReasonOption.NoBudget, lead.GetAttributeValue<OptionSetValue>(LeadColumns.RejectionReason).Value);
        Assert.Equal(behaviour / 2, lead.GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.StartsWith("Rejected: No budget", crm.Transitions(leadId).Last().GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void RejectLead_WithoutReason_IsRefusedAndNothingChanges()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        var inputs = For(leadId);
        inputs["Reason"] = null!;

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new RejectLead(), leadId, inputs));

        Assert.StartsWith("RejectLead needs a rejection reason from the list: Not reachable, No budget", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void QualifyToSql_MissingBant_ReportsWhatIsMissingWithoutWriting()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        crm.Run(new AcceptLead(), leadId, For(leadId));
        var rows = crm.Transitions(leadId).Count;

        var outputs = crm.Run(new QualifyToSql(), leadId, For(leadId));

        Assert.False((bool)outputs["Success"]);
        Assert.Equal("Cannot move the lead to SQL: budget, need and timeline are missing.", outputs["Message"]);
        Assert.Equal(rows, crm.Transitions(leadId).Count);
    }

    [Fact]
    public void QualifyToSql_SalWithBant_MovesToSql()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql(configure: FullBant);
        crm.Run(new AcceptLead(), leadId, For(leadId));

        var outputs = crm.Run(new QualifyToSql(), leadId, For(leadId));

        Assert.True((bool)outputs["Success"]);
        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
        Assert.Equal(StageTriggerOption.QualifiedToSql, crm.Transitions(leadId).Last().GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
    }

    [Fact]
    public void EvaluateBant_PartlyKnown_GivesEachVerdictAndWhatIsMissing()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Lead(configure: l => { l[LeadStandardColumns.BudgetStatus] = new OptionSetValue(2); l[LeadStandardColumns.Need] = new OptionSetValue(3); });

        var outputs = crm.Run(new EvaluateBant(), leadId, For(leadId));

        Assert.Equal("Pass (Can Buy)", outputs["Budget"]);
        Assert.Equal("Missing", outputs["Authority"]);
        Assert.Equal("Fail (No need)", outputs["Need"]);
        Assert.Equal("Missing", outputs["Timeline"]);
        Assert.Equal("timeline is missing; need fails (No need)", outputs["MissingForSql"]);
        Assert.Equal("authority and timeline are missing; need fails (No need)", outputs["MissingForOpportunity"]);
        Assert.False((bool)outputs["SqlAllowed"]);
        Assert.False((bool)outputs["OpportunityAllowed"]);
    }

    [Fact]
    public void CheckSla_BreachedMql_RecyclesAndReportsHoursOverdue()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        crm.Organization.Clock.Advance(TimeSpan.FromHours(30));

        var outputs = crm.Run(new CheckSla(), leadId, For(leadId));

        Assert.True((bool)outputs["Breached"]);
        Assert.Equal(6m, outputs["HoursOverdue"]);
        Assert.Equal(WorkflowOrganization.Start.AddHours(24), outputs["DueOn"]);
        Assert.True((bool)outputs["Recycled"]);
        Assert.Equal(FunnelStageOption.Recycled, crm.Stage(leadId));
        Assert.Equal(StageTriggerOption.SlaBreached, crm.Transitions(leadId).Last().GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
    }

    [Fact]
    public void CheckSla_ProcessThatWaitedPastTheDueTime_SeesTheBreachAsOfTheRun()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        var started = crm.Now;
        crm.Organization.Clock.Advance(TimeSpan.FromHours(30));

        var outputs = crm.RunQueued(new CheckSla(), leadId, For(leadId), started);

        Assert.True((bool)outputs["Breached"]);
        Assert.Equal(6m, outputs["HoursOverdue"]);
        Assert.Equal(FunnelStageOption.Recycled, crm.Stage(leadId));
    }

    [Fact]
    public void CheckSla_MqlWithinSla_IsNotBreachedAndStays()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        crm.Organization.Clock.Advance(TimeSpan.FromHours(2));

        var outputs = crm.Run(new CheckSla(), leadId, For(leadId));

        Assert.False((bool)outputs["Breached"]);
        Assert.Equal(0m, outputs["HoursOverdue"]);
        Assert.False((bool)outputs["Recycled"]);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }
}
