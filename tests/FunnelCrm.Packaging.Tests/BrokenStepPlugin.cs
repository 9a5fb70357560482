using System;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Packaging.Tests;

/// <summary>A plugin whose declaration breaks two rules: a filtering column the table lacks, and async before post-operation.</summary>
[PluginStep("6e0b0f3a-2b7c-4a51-9d3e-8f1a2b3c4d5e", "Update", "lead", PipelineStage.PreOperation, Mode = StepMode.Asynchronous, FilteringAttributes = new[] { "fcm_nosuchcolumn" })]
public sealed class BrokenStepPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        throw new InvalidPluginExecutionException("This test plugin is never registered.");
    }
}
