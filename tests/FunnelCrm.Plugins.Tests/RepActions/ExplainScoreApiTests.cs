using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

public class ExplainScoreApiTests
{
    [Fact]
    public void ExplainScoreApi_ScoredLead_ReturnsScorePartsGradeAndTheLeadsExplanation()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var lead = crm.Lead(leadId);

        var response = Execute(Rep(crm), ExplainScoreApi.Name, leadId);

        Assert.Equal(lead.GetAttributeValue<int>(LeadColumns.Score), response[ExplainScoreApi.Score]);
        var behaviour = (decimal)response[ExplainScoreApi.BehaviourScore];
        var fit = (decimal)response[ExplainScoreApi.FitScore];
        Assert.Equal(lead.GetAttributeValue<int>(LeadColumns.Score), (int)Math.Round(behaviour + fit));
        Assert.Equal(lead.GetAttributeValue<int>(LeadColumns.FitScore), (int)fit);
        Assert.Equal(((char)('A' + lead.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(LeadColumns.Grade).Value - GradeOption.A)).ToString(), response[ExplainScoreApi.Grade]);
        Assert.Equal(lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation).Split('\n'), (string[])response[ExplainScoreApi.Explanation]);
    }

    [Fact]
    public void ExplainScoreApi_DaysLater_DecaysTheBehaviourPartToNow()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var before = (decimal)Execute(Rep(crm), ExplainScoreApi.Name, leadId)[ExplainScoreApi.BehaviourScore];

        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));
        var after = Execute(Rep(crm, "Rob Rep"), ExplainScoreApi.Name, leadId);

        Assert.True((decimal)after[ExplainScoreApi.BehaviourScore] < before);
        Assert.Contains("30 days ago", string.Join("\n", (string[])after[ExplainScoreApi.Explanation]));
    }

    [Fact]
    public void ExplainScoreApi_MarketingUser_MayReadIt()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var response = Execute(Marketing(crm), ExplainScoreApi.Name, leadId);

        Assert.Equal(crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score), response[ExplainScoreApi.Score]);
    }

    [Fact]
    public void ExplainScoreApi_UserWithoutRoles_GetsThePlatformsPrivilegeRefusal()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var nobody = crm.Organization.CreateService(crm.Organization.AddUser("No Body"));

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(nobody, ExplainScoreApi.Name, leadId));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Contains("is missing prvReadLead privilege", refusal.Message);
    }
}
