using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Tests.TestPlugins;
using FunnelCrm.Emulator.Workflow;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Workflow;

public class WorkflowActivityRunnerTests
{
    [Fact]
    public void Run_ActivityWithArguments_ReturnsOutputsAndWritesThroughTheService()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service);

        var outputs = organization.Workflows.Run(new AddDaysActivity(), new Dictionary<string, object> { ["Days"] = 3 }, new WorkflowRun(new EntityReference("lead", lead)));

        var due = organization.Clock.UtcNow.AddDays(3);
        Assert.Equal(due, (DateTime)outputs["Due"]);
        Assert.Equal(due, service.Retrieve("lead", lead, new ColumnSet("estimatedclosedate")).GetAttributeValue<DateTime>("estimatedclosedate"));
        var execution = organization.Executions.Single();
        Assert.Equal(1, execution.ServiceCalls["Update"]);
        Assert.Contains("due", execution.Trace);
    }

    [Fact]
    public void Run_ActivityRefuses_FaultCarriesItsMessage()
    {
        var organization = Fixture.NewOrganization();
        var lead = Fixture.CreateLead(organization.CreateService());

        var fault = Fixture.Fault(() => organization.Workflows.Run(new AddDaysActivity(), new Dictionary<string, object> { ["Days"] = -1 }, new WorkflowRun(new EntityReference("lead", lead)) { IsRealTime = true }));

        Assert.Equal("Days must not be negative.", fault.Message);
    }

    [Fact]
    public void Run_RealTimeActivityFailsAfterAWrite_WriteRolledBack()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<ThrowingPlugin>("Update", "lead", Crm.Registration.PipelineStage.PostOperation, "refuse:Closing dates are frozen."));

        var fault = Fixture.Fault(() => organization.Workflows.Run(new AddDaysActivity(), new Dictionary<string, object> { ["Days"] = 2 }, new WorkflowRun(new EntityReference("lead", lead)) { IsRealTime = true }));

        Assert.Equal("Closing dates are frozen.", fault.Message);
        Assert.False(service.Retrieve("lead", lead, new ColumnSet("estimatedclosedate")).Contains("estimatedclosedate"));
        organization.LockTimeout = TimeSpan.FromSeconds(1);
        service.Delete("lead", lead);
    }
}
