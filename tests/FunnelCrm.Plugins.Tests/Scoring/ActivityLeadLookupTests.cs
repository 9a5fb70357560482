using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ActivityLeadLookupTests
{
    private static EntityCollection Party(Guid leadId) =>
        new EntityCollection(new[] { new Entity("activityparty") { ["partyid"] = new EntityReference(Tables.Lead, leadId) } });

    private static int Score(FunnelOrganization crm, Guid leadId) => crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score);

    private static decimal Points(FunnelOrganization crm, string table, Guid id) => crm.Activity(table, id).GetAttributeValue<decimal>(ActivityStampColumns.Points);

    [Fact]
    public void ActivityScoring_CompletedMeetingWithTheLeadAsRequiredAttendee_ScoresTheLead()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var id = crm.System.Create(new Entity(Tables.Appointment)
        {
            ["subject"] = "Discovery meeting",
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
            [ActivityStandardColumns.RequiredAttendees] = Party(leadId),
        });

        Assert.Equal(30m, Points(crm, Tables.Appointment, id));
        Assert.Equal(30, Score(crm, leadId));
    }

    [Fact]
    public void ActivityScoring_CampaignResponseWithTheLeadAsCustomer_ScoresTheLeadAlthoughItRegardsTheCampaign()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var campaign = crm.System.Create(new Entity("campaign") { ["name"] = "Spring webinar series" });

        var id = crm.System.Create(new Entity(Tables.CampaignResponse)
        {
            ["subject"] = "Replied to the invitation",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference("campaign", campaign),
            [ActivityStandardColumns.Customer] = Party(leadId),
        });

        Assert.Equal(15m, Points(crm, Tables.CampaignResponse, id));
        Assert.Equal(15, Score(crm, leadId));
    }

    [Fact]
    public void ActivityScoring_CompletedIncomingCallRegardingTheLead_ScoresAndCancellingItTakesThePointsAway()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var id = crm.System.Create(new Entity(Tables.PhoneCall)
        {
            ["subject"] = "Called about pricing",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [ActivityStandardColumns.DirectionCode] = false,
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        });
        Assert.Equal(15, Score(crm, leadId));

        crm.System.Update(new Entity(Tables.PhoneCall, id) { [ActivityStandardColumns.StateCode] = new OptionSetValue(2), [ActivityStandardColumns.StatusCode] = new OptionSetValue(3) });

        Assert.Equal(0, Score(crm, leadId));
        Assert.Equal(0m, Points(crm, Tables.PhoneCall, id));
    }

    [Fact]
    public void ActivityScoring_CallDirectionCorrected_ScoresTheIncomingRuleInsteadOfTheOutgoingOne()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var id = crm.System.Create(new Entity(Tables.PhoneCall)
        {
            ["subject"] = "Call",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [ActivityStandardColumns.DirectionCode] = true,
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        });
        Assert.Equal(5, Score(crm, leadId));

        crm.System.Update(new Entity(Tables.PhoneCall, id) { [ActivityStandardColumns.DirectionCode] = false });

        Assert.Equal(15, Score(crm, leadId));
        Assert.Equal(15m, Points(crm, Tables.PhoneCall, id));
    }

    [Fact]
    public void ActivityScoring_OpenTaskForTheLead_IsStampedWithZeroAndLeavesTheScore()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var id = crm.System.Create(new Entity(Tables.Task)
        {
            ["subject"] = "Send the price list",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        });

        Assert.Equal(0m, Points(crm, Tables.Task, id));
        Assert.Equal("default-1", crm.Activity(Tables.Task, id).GetAttributeValue<string>(ActivityStampColumns.ModelVersion));
        Assert.Equal(0, Score(crm, leadId));
    }

    private static EntityCollection Parties(params Guid[] leadIds) =>
        new EntityCollection(leadIds.Select(id => new Entity("activityparty") { ["partyid"] = new EntityReference(Tables.Lead, id) }).ToList());

    private static Guid EmailFromCopiedTo(FunnelOrganization crm, Guid sender, params Guid[] copied) => crm.System.Create(new Entity(Tables.Email)
    {
        ["subject"] = "Re: our offer",
        [ActivityStandardColumns.DirectionCode] = false,
        [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, sender),
        [ActivityStandardColumns.From] = Parties(sender),
        [ActivityStandardColumns.To] = Parties(copied.Take(1).ToArray()),
        [ActivityStandardColumns.Cc] = Parties(copied.Concat(new[] { sender }).ToArray()),
    });

    [Fact]
    public void ActivityScoring_IncomingEmailNamingSeveralLeads_ScoresEachLeadOnce()
    {
        var crm = new FunnelOrganization();
        var sender = crm.CreateLead("Contoso - J. Smith");
        var colleague = crm.CreateLead("Contoso - A. Jones", "a.jones@contoso.example");
        var boss = crm.CreateLead("Contoso - M. Brown", "m.brown@contoso.example");

        var id = EmailFromCopiedTo(crm, sender, colleague, boss);

        Assert.Equal(new[] { 10, 10, 10 }, new[] { sender, colleague, boss }.Select(lead => Score(crm, lead)));
        Assert.Equal(10m, Points(crm, Tables.Email, id));
    }

    [Fact]
    public void ActivityScoring_EmailNamingSeveralLeadsDeleted_TakesThePointsFromEachLead()
    {
        var crm = new FunnelOrganization();
        var sender = crm.CreateLead("Contoso - J. Smith");
        var colleague = crm.CreateLead("Contoso - A. Jones", "a.jones@contoso.example");
        var id = EmailFromCopiedTo(crm, sender, colleague);

        crm.System.Delete(Tables.Email, id);

        Assert.Equal(new[] { 0, 0 }, new[] { sender, colleague }.Select(lead => Score(crm, lead)));
    }

    [Fact]
    public void ActivityScoring_LeadTakenOffTheCopyList_LosesThePointsAndTheOthersKeepTheirs()
    {
        var crm = new FunnelOrganization();
        var sender = crm.CreateLead("Contoso - J. Smith");
        var colleague = crm.CreateLead("Contoso - A. Jones", "a.jones@contoso.example");
        var boss = crm.CreateLead("Contoso - M. Brown", "m.brown@contoso.example");
        var id = EmailFromCopiedTo(crm, sender, colleague, boss);

        crm.System.Update(new Entity(Tables.Email, id) { [ActivityStandardColumns.Cc] = Parties(colleague) });

        Assert.Equal(new[] { 10, 10, 0 }, new[] { sender, colleague, boss }.Select(lead => Score(crm, lead)));
        Assert.Equal(10m, Points(crm, Tables.Email, id));
    }

    private static Guid EmailWithoutDirection(FunnelOrganization crm, Guid leadId) => crm.System.Create(new Entity(Tables.Email)
    {
        ["subject"] = "Quote attached",
        [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
    });

    [Fact]
    public void ActivityScoring_EmailWithoutADirection_IsScoredAsTheColumnsDefaultOutgoingNotAsIncoming()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var id = EmailWithoutDirection(crm, leadId);

        Assert.Equal(0, Score(crm, leadId));
        Assert.Equal(0m, Points(crm, Tables.Email, id));
        Assert.True(crm.Activity(Tables.Email, id).GetAttributeValue<bool>(ActivityStandardColumns.DirectionCode));
    }

    [Fact]
    public void ActivityScoring_EmailWithoutADirectionWhereTheDefaultIsIncoming_IsScoredAsIncoming()
    {
        var crm = new FunnelOrganization();
        crm.Organization.Metadata.GetTable(Tables.Email).AddColumn(new ColumnMetadata(ActivityStandardColumns.DirectionCode, ColumnType.Boolean) { DefaultValue = false });
        var leadId = crm.CreateLead();

        var id = EmailWithoutDirection(crm, leadId);

        Assert.Equal(10, Score(crm, leadId));
        Assert.Equal(10m, Points(crm, Tables.Email, id));
    }
}
