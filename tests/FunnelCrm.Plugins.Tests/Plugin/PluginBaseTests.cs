using System;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Plugin;

public class PluginBaseTests
{
    private static Organization Crm() => SuitePlatform.NewOrganization(new EmulatorClock(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)));

    private static Entity Account(string name) => new Entity("account") { ["name"] = name };

    [Fact]
    public void PluginBase_OwnExceptionInTheStep_ReachesTheCallerAsAClearRefusalAndNothingIsSaved()
    {
        var crm = Crm();
        crm.RegisterPlugin<FailingPlugin>();
        var service = crm.CreateService();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(Account("Contoso")));

        Assert.Contains("FunnelCrm could not complete Create of account", refusal.Message);
        Assert.Contains("The key 'territory' was not present.", refusal.Message);
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("account")).Entities);
        var trace = Assert.Single(crm.Executions).Trace;
        Assert.Contains("FailingPlugin: start Create of account", trace);
        Assert.Contains("about to look up a missing key", trace);
        Assert.Contains("FailingPlugin: failed: System.Collections.Generic.KeyNotFoundException", trace);
        Assert.Contains("FailingPlugin: end after", trace);
    }

    [Fact]
    public void PluginBase_RegisteredForAnotherStageThanDeclared_TracesAndDoesNothing()
    {
        var crm = Crm();
        crm.RegisterStep(new StepRegistration(typeof(FailingPlugin), "Create", "account", PipelineStage.PostOperation));
        var service = crm.CreateService();

        var id = service.Create(Account("Contoso"));

        Assert.Equal("Contoso", service.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
        var trace = Assert.Single(crm.Executions).Trace;
        Assert.Contains("FailingPlugin: not registered for Create of account in stage 40; nothing to do.", trace);
    }

    [Fact]
    public void PluginBase_DeclaredImageMissingFromTheRegistration_TracesAndDoesNothing()
    {
        var crm = Crm();
        crm.RegisterStep(new StepRegistration(typeof(ImageHungryPlugin), "Update", "account", PipelineStage.PreOperation));
        var service = crm.CreateService();
        var id = service.Create(Account("Contoso"));

        service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        Assert.Null(service.Retrieve("account", id, new ColumnSet("description")).GetAttributeValue<string>("description"));
        Assert.Contains("ImageHungryPlugin: the image 'account' is not in the context; nothing to do.", Assert.Single(crm.Executions).Trace);
    }

    [Fact]
    public void PluginBase_RegisteredAsDeclared_RunsTheStepAndTracesStartAndEnd()
    {
        var crm = Crm();
        crm.RegisterPlugin<ImageHungryPlugin>();
        var service = crm.CreateService();
        var id = service.Create(Account("Contoso"));

        service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        Assert.Equal("seen by the plugin", service.Retrieve("account", id, new ColumnSet("description")).GetAttributeValue<string>("description"));
        var trace = Assert.Single(crm.Executions).Trace;
        Assert.Contains("ImageHungryPlugin: start Update of account " + id + " (stage 20, depth 1).", trace);
        Assert.Contains("ImageHungryPlugin: end after", trace);
    }
}
