using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class AsyncTests
{
    private static StepRegistration Async<TPlugin>(string config, bool keep = false) where TPlugin : IPlugin =>
        new(typeof(TPlugin), "Create", "account", PipelineStage.PostOperation) { Mode = StepMode.Asynchronous, UnsecureConfiguration = config, DeleteAsyncOperationOnSuccess = !keep };

    [Fact]
    public void AsyncStep_RunsOnlyWhenDrained_OutsideTheTransaction()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Async<ProbePlugin>("async"));

        organization.CreateService().Create(new Entity("account") { ["name"] = "Contoso" });
        var before = Observations.For(organization).Count;
        var ran = organization.DrainAsyncJobs();

        Assert.Equal(0, before);
        Assert.Equal(1, ran);
        var seen = Observations.For(organization).Single();
        Assert.Equal(1, seen.Mode);
        Assert.False(seen.IsInTransaction);
    }

    [Fact]
    public void AsyncStep_OperationRolledBack_NothingQueued()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Async<ProbePlugin>("async"));
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Create", "account", PipelineStage.PostOperation, "refuse:no"));

        Fixture.Fault(() => organization.CreateService().Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal(0, organization.WaitingAsyncJobs);
        Assert.Equal(0, organization.DrainAsyncJobs());
    }

    [Fact]
    public void AsyncStep_Fails_RecordedAsFailedSystemJobNotThrown()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Async<ThrowingPlugin>("refuse:The snapshot could not be written."));
        var service = organization.CreateService();

        var id = service.Create(new Entity("account") { ["name"] = "Contoso" });
        organization.DrainAsyncJobs();

        var job = organization.SystemJobs.Single();
        Assert.Equal(SystemJobStatus.Failed, job.Status);
        Assert.Equal("The snapshot could not be written.", job.Error);
        Assert.Equal(id, job.PrimaryEntityId);
        Assert.Contains("about to fail", job.Trace);
        Assert.Equal("Contoso", service.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void AsyncStep_Succeeds_JobKeptOnlyWhenTheStepAsksToKeepIt()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Async<ProbePlugin>("deleted"));
        organization.RegisterStep(Async<ProbePlugin>("kept", keep: true));

        organization.CreateService().Create(new Entity("account") { ["name"] = "Contoso" });
        organization.DrainAsyncJobs();

        var job = organization.SystemJobs.Single();
        Assert.Equal(SystemJobStatus.Succeeded, job.Status);
        Assert.Equal("kept", job.Step.UnsecureConfiguration);
    }
}
