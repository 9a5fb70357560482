using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Security;

public class SecurityTests
{
    [Fact]
    public void Rep_WithRoleFromSolution_MayWriteLeads()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");
        var service = organization.CreateService(rep);

        var id = Fixture.CreateLead(service);
        service.Update(new Entity("lead", id) { ["firstname"] = "Jo" });

        Assert.Equal(rep, service.Retrieve("lead", id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Rep_WithoutCreatePrivilege_FailsNamingThePrivilege()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");

        var fault = Fixture.Fault(() => organization.CreateService(rep).Create(new Entity("fcm_stagetransition") { ["fcm_name"] = "by hand" }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("is missing prvCreatefcm_stagetransition privilege", fault.Message);
    }

    [Fact]
    public void Rep_QueryLinkingUnreadableTable_FailsNamingReadPrivilege()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");
        var query = new QueryExpression("lead");
        query.AddLink("account", "parentaccountid", "accountid");

        var fault = Fixture.Fault(() => organization.CreateService(rep).RetrieveMultiple(query));

        Assert.Contains("is missing prvReadAccount privilege", fault.Message);
    }

    [Fact]
    public void PluginUsingSystemService_WritesWhatTheRepMayNot()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");
        organization.RegisterStep(Fixture.Step<CreateContactPlugin>("Create", "lead", PipelineStage.PostOperation));

        Fixture.CreateLead(organization.CreateService(rep));

        Assert.Single(organization.CreateService().RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void System_MayDoAnything()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var id = organization.CreateService(null).Create(new Entity("fcm_stagetransition") { ["fcm_name"] = "system" });

        Assert.NotEqual(System.Guid.Empty, id);
    }
}
