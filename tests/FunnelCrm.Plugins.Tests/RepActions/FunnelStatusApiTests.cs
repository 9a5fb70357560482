using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

public class FunnelStatusApiTests
{
    [Fact]
    public void FunnelStatusApi_FreshMql_ShowsTheRunningSlaAndWhatSqlNeeds()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm, lead => lead[LeadStandardColumns.Need] = new OptionSetValue(0));

        var response = Execute(Rep(crm), FunnelStatusApi.Name, leadId);

        Assert.Equal(FunnelStageOption.Mql, ((OptionSetValue)response[FunnelStatusApi.Stage]).Value);
        Assert.Equal(FunnelStageOption.Sql, ((OptionSetValue)response[FunnelStatusApi.NextGate]).Value);
        Assert.Equal(new[] { "budget", "timeline" }, (string[])response[FunnelStatusApi.MissingBant]);
        Assert.Empty((string[])response[FunnelStatusApi.FailingBant]);
        Assert.Equal("budget and timeline are missing", response[FunnelStatusApi.BantMessage]);
        Assert.Equal(crm.Now.AddHours(24), response[FunnelStatusApi.SlaDueOn]);
        Assert.Equal("running", response[FunnelStatusApi.SlaState]);
    }

    [Fact]
    public void FunnelStatusApi_MqlPastItsDueTime_ShowsTheSlaBreached()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        crm.Organization.Clock.Advance(TimeSpan.FromHours(30));
        var response = Execute(Rep(crm), FunnelStatusApi.Name, leadId);

        Assert.Equal("breached", response[FunnelStatusApi.SlaState]);
    }

    [Fact]
    public void FunnelStatusApi_SqlWithAFailingItem_NamesItForTheOpportunityGate()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm, lead =>
        {
            SqlBantOnly(lead);
            lead[LeadStandardColumns.PurchaseProcess] = new OptionSetValue(2);
        });

        var response = Execute(Rep(crm), FunnelStatusApi.Name, leadId);

        Assert.Equal(FunnelStageOption.Opportunity, ((OptionSetValue)response[FunnelStatusApi.NextGate]).Value);
        Assert.Empty((string[])response[FunnelStatusApi.MissingBant]);
        Assert.Equal(new[] { "authority" }, (string[])response[FunnelStatusApi.FailingBant]);
        Assert.Equal("none", response[FunnelStatusApi.SlaState]);
        Assert.Null(response[FunnelStatusApi.SlaDueOn]);
    }

    [Fact]
    public void FunnelStatusApi_KnownLead_HasNoGateAheadAndNothingMissing()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var response = Execute(Rep(crm), FunnelStatusApi.Name, leadId);

        Assert.Null(response[FunnelStatusApi.NextGate]);
        Assert.Empty((string[])response[FunnelStatusApi.MissingBant]);
        Assert.Equal("", response[FunnelStatusApi.BantMessage]);
    }
}
