using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class DiagnosticsTests
{
    [Fact]
    public void Execution_RecordsTraceAndServiceCallsByMessage()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<CreateContactPlugin>("Create", "account", PipelineStage.PostOperation));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "account", PipelineStage.PreOperation, "traced"));

        organization.CreateService().Create(new Entity("account") { ["name"] = "Contoso" });

        var probe = organization.Executions.Single(e => e.Handler.EndsWith("ProbePlugin"));
        var creator = organization.Executions.Single(e => e.Handler.EndsWith("CreateContactPlugin"));
        Assert.Equal("probe traced at stage 20\n", probe.Trace.Replace("\r", ""));
        Assert.Equal(0, probe.TotalServiceCalls);
        Assert.Equal(1, creator.ServiceCalls["Create"]);
        Assert.Equal(2, organization.ServiceCalls["Create"]);
    }

    [Fact]
    public void Fault_IsTheDocumentedExceptionCarryingTheServiceFault()
    {
        var service = Fixture.NewOrganization().CreateService();

        var exception = Record.Exception(() => service.Delete("lead", System.Guid.NewGuid()));

        var fault = Assert.IsType<OrganizationServiceFaultException>(exception);
        Assert.IsType<OrganizationServiceFault>(fault.Detail);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }
}
