using System;
using BenchmarkDotNet.Attributes;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Benchmarks.Emulator;

/// <summary>Create + Update of a lead through the full pipeline with one no-op plugin registered on each message.</summary>
[MemoryDiagnoser]
public class PipelineRoundTripBenchmark
{
    private IOrganizationService service = null!;

    /// <summary>An organization with a no-op post-operation step on lead Create and Update.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var organization = new Organization();
        organization.RegisterStep(new StepRegistration(typeof(NoOpPlugin), "Create", "lead", PipelineStage.PostOperation));
        organization.RegisterStep(new StepRegistration(typeof(NoOpPlugin), "Update", "lead", PipelineStage.PostOperation));
        service = organization.CreateService();
    }

    /// <summary>One round trip: Create a lead, then Update it.</summary>
    [Benchmark]
    public Guid CreateThenUpdate()
    {
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith", ["companyname"] = "Contoso" });
        service.Update(new Entity("lead", id) { ["budgetamount"] = new Money(1000m) });
        return id;
    }
}

/// <summary>A plugin that reads its context and does nothing.</summary>
public sealed class NoOpPlugin : IPlugin
{
    /// <summary>Reads the context only.</summary>
    public void Execute(IServiceProvider serviceProvider)
    {
        GC.KeepAlive(serviceProvider.GetService(typeof(IPluginExecutionContext)));
    }
}
