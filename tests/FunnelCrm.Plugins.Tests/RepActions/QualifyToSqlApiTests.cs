using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

public class QualifyToSqlApiTests
{
    [Fact]
    public void QualifyToSqlApi_SalWithBant_MovesToSql()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm, SqlBantOnly);

        var response = Execute(Rep(crm), QualifyToSqlApi.Name, leadId, (RepApi.Note, "Call with the CFO"));

        Assert.Equal("Lead 'Contoso - J. Smith' qualified to SQL.", response[RepApi.Message]);
        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
        var row = crm.Transitions(leadId).Last();
        Assert.Equal(StageTriggerOption.QualifiedToSql, row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.Equal("Qualified to SQL (Call with the CFO)", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void QualifyToSqlApi_SalWithoutBant_IsRefusedNamingTheMissingItems()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), QualifyToSqlApi.Name, leadId));

        Assert.Equal("Cannot move the lead to SQL: budget, need and timeline are missing.", refusal.Message);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
    }

    [Fact]
    public void QualifyToSqlApi_Mql_IsRefusedSayingOnlyASalQualifies()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm, SqlBantOnly);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), QualifyToSqlApi.Name, leadId));

        Assert.Equal("Cannot qualify lead 'Contoso - J. Smith' to SQL: it is MQL; only a SAL can be qualified to SQL.", refusal.Message);
    }

    [Fact]
    public void QualifyToSqlApi_MarketingUser_GetsThePlatformsPrivilegeRefusal()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm, SqlBantOnly);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Marketing(crm), QualifyToSqlApi.Name, leadId));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
    }
}
