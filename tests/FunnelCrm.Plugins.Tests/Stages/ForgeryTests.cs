using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Stages;

/// <summary>A rep with FunnelCrm Sales Rep (who may write leads) tries to write what only FunnelCrm writes.</summary>
public class ForgeryTests
{
    private static (FunnelOrganization Crm, Guid Rep) WithRep()
    {
        var crm = new FunnelOrganization();
        return (crm, crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName));
    }

    public static TheoryData<string, object> BookkeepingColumns() => new()
    {
        { LeadColumns.Score, 150 },
        { LeadColumns.BehaviourScore, 150.0 },
        { LeadColumns.FitScore, 40 },
        { LeadColumns.ScoredOn, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.Grade, new OptionSetValue(GradeOption.A) },
        { LeadColumns.StageEnteredOn, new DateTime(2025, 1, 5, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.MqlOn, new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.SalOn, new DateTime(2026, 1, 6, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.SqlOn, new DateTime(2026, 1, 7, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.SlaDueOn, new DateTime(2026, 12, 31, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.ScoreExplanation, "Requested a demo today: +100" },
        { LeadColumns.RecycleCount, 3 },
        { LeadColumns.CapWindows, "forged" },
        { LeadColumns.TopContributions, "demo|100" },
        { LeadColumns.LastEngagementOn, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc) },
        { LeadColumns.ModelVersion, "forged" },
    };

    [Theory]
    [MemberData(nameof(BookkeepingColumns))]
    public void Forgery_RepWritingABookkeepingColumn_IsRefusedAndTheValueStays(string column, object value)
    {
        var (crm, rep) = WithRep();
        var leadId = Mql(crm, FunnelOrganization.OwnedBy(rep));
        var before = crm.Lead(leadId).Attributes.TryGetValue(column, out var stored) ? stored : null;

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Organization.CreateService(rep).Update(new Entity(Tables.Lead, leadId) { [column] = value }));

        Assert.Equal(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, refusal.Detail.ErrorCode);
        Assert.Equal(before, crm.Lead(leadId).Attributes.TryGetValue(column, out var after) ? after : null);
    }

    [Fact]
    public void Forgery_UserImportingALeadWithAScore_IsRefused()
    {
        var crm = new FunnelOrganization();
        crm.Organization.Roles.Add(new Emulator.Security.SecurityRole(Guid.NewGuid(), "Lead importer").Grant("prvCreateLead").Grant("prvReadLead").Grant("prvWriteLead"));
        var importer = crm.Organization.AddUser("Ivy Importer", "Lead importer");

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.CreateLead(configure: l => l[LeadColumns.Score] = 150, service: crm.Organization.CreateService(importer)));

        Assert.Equal(ErrorCodes.AttributePrivilegeCreateIsMissing, refusal.Detail.ErrorCode);
    }

    [Fact]
    public void FieldSecurity_UserCreatingALeadWithoutTheProfile_GetsItScoredByFunnelCrm()
    {
        var crm = new FunnelOrganization();
        crm.Organization.Roles.Add(new Emulator.Security.SecurityRole(Guid.NewGuid(), "Lead importer").Grant("prvCreateLead").Grant("prvReadLead").Grant("prvWriteLead"));
        var importer = crm.Organization.AddUser("Ivy Importer", "Lead importer");

        var leadId = crm.CreateLead(configure: l => l["jobtitle"] = "CEO", service: crm.Organization.CreateService(importer));

        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Known, crm.Stage(leadId));
        Assert.Equal(crm.Now, lead.GetAttributeValue<DateTime>(LeadColumns.StageEnteredOn));
        Assert.True(lead.GetAttributeValue<int>(LeadColumns.FitScore) > 0);
        Assert.Equal((decimal)lead.GetAttributeValue<int>(LeadColumns.Score), Assert.Single(crm.Transitions(leadId)).GetAttributeValue<decimal>(StageTransitionColumns.ScoreThen));
    }

    /// <summary>Every trigger only FunnelCrm sends, on a lead where FunnelCrm sending it is a valid move.</summary>
    public static TheoryData<string, int, int> SystemOnlyMoves() => new()
    {
        { "outside the funnel, its email added", FunnelStageOption.Known, StageTriggerOption.Created },
        { "Known", FunnelStageOption.Engaged, StageTriggerOption.Interaction },
        { "Known, its score over the threshold", FunnelStageOption.Mql, StageTriggerOption.ScoreThreshold },
        { "MQL", FunnelStageOption.Sal, StageTriggerOption.MeetingBooked },
        { "MQL", FunnelStageOption.Recycled, StageTriggerOption.SlaBreached },
        { "SQL", FunnelStageOption.Opportunity, StageTriggerOption.QualifyLead },
        { "SQL", FunnelStageOption.Disqualified, StageTriggerOption.Disqualified },
        { "Disqualified", FunnelStageOption.Known, StageTriggerOption.Reactivated },
        { "Opportunity", FunnelStageOption.Won, StageTriggerOption.OpportunityWon },
        { "Opportunity", FunnelStageOption.Lost, StageTriggerOption.OpportunityLost },
        { "Won", FunnelStageOption.Opportunity, StageTriggerOption.OpportunityReopened },
        { "Known", FunnelStageOption.Recycled, StageTriggerOption.Merged },
    };

    [Theory]
    [MemberData(nameof(SystemOnlyMoves))]
    public void Forgery_RepSendingATriggerOnlyFunnelCrmSends_IsRefusedNothingIsRecordedAndFromSystemItMoves(string lead, int stage, int trigger)
    {
        var (crm, rep) = WithRep();
        var leadId = LeadAt(crm, lead);
        var rows = crm.Transitions(leadId).Count;
        var stageBefore = crm.Stage(leadId);
        var move = Move(leadId, stage, trigger, "It happened, trust me");
        move["emailaddress1"] = "j.smith@contoso.example";

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Organization.CreateService(rep).Update(move));

        Assert.Contains("moves a lead only when FunnelCrm itself sees it happen", refusal.Message);
        Assert.Equal(stageBefore, crm.Stage(leadId));
        Assert.Equal(rows, crm.Transitions(leadId).Count);
        crm.System.Update(move);
        Assert.Equal((stage, trigger), (crm.Stage(leadId), Trigger(LastTransition(crm, leadId))));
    }

    private static Guid LeadAt(FunnelOrganization crm, string lead)
    {
        switch (lead)
        {
            case "outside the funnel, its email added":
                return crm.CreateLead(email: null);
            case "Known":
                return crm.CreateLead();
            case "Known, its score over the threshold":
                var known = crm.CreateLead();
                crm.System.Update(new Entity(Tables.Lead, known) { [LeadColumns.BehaviourScore] = 150.0, [LeadColumns.ScoredOn] = crm.Now });
                return known;
            case "MQL":
                return Mql(crm);
            case "SQL":
                return Sql(crm);
            case "Disqualified":
                var disqualified = Sql(crm);
                crm.System.Update(Move(disqualified, FunnelStageOption.Disqualified, StageTriggerOption.Disqualified, "No budget this year"));
                return disqualified;
            case "Opportunity":
                var opportunity = Sql(crm);
                crm.System.Update(Move(opportunity, FunnelStageOption.Opportunity, StageTriggerOption.QualifyLead, "Qualified"));
                return opportunity;
            case "Won":
                var won = LeadAt(crm, "Opportunity");
                crm.System.Update(Move(won, FunnelStageOption.Won, StageTriggerOption.OpportunityWon, "Won"));
                return won;
            default:
                throw new ArgumentOutOfRangeException(nameof(lead), lead, "No such lead in these tests.");
        }
    }

    [Fact]
    public void Forgery_RepAcceptingAnMql_MovesAndFunnelCrmWritesTheSecuredDates()
    {
        var (crm, rep) = WithRep();
        var leadId = Mql(crm, FunnelOrganization.OwnedBy(rep));

        crm.Organization.CreateService(rep).Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Called back"));

        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
        Assert.Equal(crm.Now, lead.GetAttributeValue<DateTime>(LeadColumns.SalOn));
        Assert.Null(lead.GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn));
    }

    [Fact]
    public void Forgery_RepEditingAProfileOverTheThreshold_LeadMovesToMqlAsFunnelCrmsOwnMove()
    {
        var (crm, rep) = WithRep();
        var leadId = crm.CreateLead(configure: FunnelOrganization.OwnedBy(rep));
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarAttendance);
        crm.AddInteraction(leadId, InteractionTypeOption.Chat);
        Assert.NotEqual(FunnelStageOption.Mql, crm.Stage(leadId));

        crm.Organization.CreateService(rep).Update(new Entity(Tables.Lead, leadId) { [LeadColumns.TargetAccount] = true, ["numberofemployees"] = 800, ["jobtitle"] = "Head of Marketing" });

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
        Assert.Equal((FunnelStageOption.Mql, StageTriggerOption.ScoreThreshold), (To(row), Trigger(row)));
        Assert.Equal(crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score), (int)row.GetAttributeValue<decimal>(StageTransitionColumns.ScoreThen));
        Assert.NotNull(crm.Lead(leadId).GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn));
    }

    [Fact]
    public void FieldSecurity_RepInTheFunnelReadersProfile_ReadsTheScoreAndARepOutsideItDoesNot()
    {
        var (crm, rep) = WithRep();
        var outsider = crm.Organization.AddUser("Otto Outside", SecurityRoles.SalesRepName);
        crm.Organization.AddToFieldSecurityProfile(FieldSecurityProfiles.FunnelReadersName, new EntityReference(Tables.SystemUser, rep));
        var leadId = Mql(crm);

        var read = crm.Organization.CreateService(rep).Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.Score, LeadColumns.ScoreExplanation));
        var hidden = crm.Organization.CreateService(outsider).Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.Score, LeadColumns.Stage));

        Assert.Equal(crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score), read.GetAttributeValue<int>(LeadColumns.Score));
        Assert.Contains("demo", read.GetAttributeValue<string>(LeadColumns.ScoreExplanation), StringComparison.OrdinalIgnoreCase);
        Assert.False(hidden.Contains(LeadColumns.Score));
        Assert.Equal(FunnelStageOption.Mql, hidden.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
    }
}
