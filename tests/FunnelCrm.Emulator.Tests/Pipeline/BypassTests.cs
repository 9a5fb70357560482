using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class BypassTests
{
    private static CreateRequest Account(string parameter, object value)
    {
        var request = new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } };
        request.Parameters[parameter] = value;
        return request;
    }

    [Fact]
    public void BypassCustomPluginExecution_SkipsSynchronousStepsButQueuesAsyncOnes()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation, "refuse:no"));
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Create", "account", PipelineStage.PostOperation) { Mode = StepMode.Asynchronous, UnsecureConfiguration = "async" });

        organization.CreateService().Execute(Account("BypassCustomPluginExecution", true));

        Assert.Equal(1, organization.WaitingAsyncJobs);
    }

    [Fact]
    public void BypassBusinessLogicExecution_CustomSyncAndAsync_SkipsBoth()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation, "refuse:no"));
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Create", "account", PipelineStage.PostOperation) { Mode = StepMode.Asynchronous, UnsecureConfiguration = "async" });

        organization.CreateService().Execute(Account("BypassBusinessLogicExecution", "CustomSync,CustomAsync"));

        Assert.Equal(0, organization.WaitingAsyncJobs);
    }

    [Fact]
    public void Bypass_UserWithoutThePrivilege_IsRefusedNamingIt()
    {
        var organization = Fixture.NewOrganization();
        organization.Roles.Add(new SecurityRole(System.Guid.NewGuid(), "Account editor").Grant("prvCreateAccount").Grant("prvBypassCustomBusinessLogic"));
        var editor = organization.AddUser("Eddie Editor", "Account editor");
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation, "refuse:no"));

        var fault = Fixture.Fault(() => organization.CreateService(editor).Execute(Account("BypassCustomPluginExecution", true)));
        organization.CreateService(editor).Execute(Account("BypassBusinessLogicExecution", "CustomSync"));

        Assert.Contains("is missing prvBypassCustomPlugins privilege", fault.Message);
    }
}
