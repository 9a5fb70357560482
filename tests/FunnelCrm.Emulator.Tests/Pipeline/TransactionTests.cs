using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class TransactionTests
{
    private static int Count(IOrganizationService service, string table) => service.RetrieveMultiple(new QueryExpression(table)).Entities.Count;

    [Fact]
    public void SyncStepThrows_AfterNestedWrite_EverythingRolledBack()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<CreateContactPlugin>("Create", "account", PipelineStage.PostOperation, rank: 1));
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PostOperation, "refuse:Accounts are closed today.", rank: 2));
        var service = organization.CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal("Accounts are closed today.", fault.Message);
        Assert.Equal(ErrorCodes.IsvAborted, fault.Detail.ErrorCode);
        Assert.Equal(0, Count(service, "account"));
        Assert.Equal(0, Count(service, "contact"));
    }

    [Fact]
    public void PluginThrowsOtherException_ReachesCallerAsGenericPluginFailure()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation, "crash:boom"));

        var fault = Fixture.Fault(() => organization.CreateService().Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal(ErrorCodes.UnexpectedPluginException, fault.Detail.ErrorCode);
        Assert.Equal("Unexpected exception from plug-in (Execute): FunnelCrm.Emulator.Tests.TestPlugins.ThrowingPlugin: System.InvalidOperationException: boom", fault.Message);
        Assert.Contains("about to fail", fault.Detail.TraceText);
    }

    [Fact]
    public void PreValidationNestedWrite_TopLevelFailsLater_NestedWriteStays()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<CreateContactPlugin>("Create", "account", PipelineStage.PreValidation));
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation, "refuse:no"));
        var service = organization.CreateService();

        Fixture.Fault(() => service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal(1, Count(service, "contact"));
        Assert.Equal(0, Count(service, "account"));
    }

    [Fact]
    public void PluginSwallowsFailedCall_ThenCallsAgain_FailsWithNoActiveTransaction()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<SwallowFailurePlugin>("Create", "account", PipelineStage.PostOperation, "continue"));
        var service = organization.CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal(ErrorCodes.TransactionAborted, fault.Detail.ErrorCode);
        Assert.StartsWith("There is no active transaction.", fault.Message);
        Assert.Equal(0, Count(service, "account"));
    }

    [Fact]
    public void PluginSwallowsFailedCall_AndReturns_FailsWithTransactionCountReduced()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<SwallowFailurePlugin>("Create", "account", PipelineStage.PostOperation, "return"));
        var service = organization.CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.StartsWith("ISV code reduced the open transaction count.", fault.Message);
        Assert.Equal(0, Count(service, "account"));
    }

    [Fact]
    public void RecursiveUpdate_PastDepthEight_FailsAsInfiniteLoopAndRollsBack()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<RecursiveUpdatePlugin>("Update", "lead", PipelineStage.PostOperation));

        var fault = Fixture.Fault(() => service.Update(new Entity("lead", id) { ["firstname"] = "Jo" }));

        Assert.Equal(ErrorCodes.InfiniteLoop, fault.Detail.ErrorCode);
        Assert.Contains("infinite loop", fault.Message);
        Assert.Equal(8, organization.Executions.Max(e => e.Depth));
        Assert.False(service.Retrieve("lead", id, new ColumnSet("firstname")).Contains("firstname"));
    }
}
