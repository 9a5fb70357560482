using System;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>A plugin declared the way FunnelCrm declares its steps: two steps, one with images and filtering attributes.</summary>
[PluginStep("6f1d2a30-0000-4000-8000-000000000001", "Update", "lead", PipelineStage.PreOperation, FilteringAttributes = new[] { "budgetamount", "need" })]
[StepImage("6f1d2a30-0000-4000-8000-000000000001", "pre", StepImageType.PreImage, Attributes = new[] { "budgetamount", "need" })]
[PluginStep("6f1d2a30-0000-4000-8000-000000000002", "Create", "lead", PipelineStage.PostOperation, Rank = 2)]
[StepImage("6f1d2a30-0000-4000-8000-000000000002", "post", StepImageType.PostImage)]
public sealed class DeclaredLeadPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Observations.Add(context, "declared", this);
    }
}

/// <summary>Declares an asynchronous pre-operation step, which Dataverse refuses.</summary>
[PluginStep("6f1d2a30-0000-4000-8000-000000000010", "Update", "lead", PipelineStage.PreOperation, Mode = StepMode.Asynchronous)]
public sealed class AsyncPreOperationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        throw new InvalidOperationException("never registered");
    }
}

/// <summary>Declares an image for a step it does not declare.</summary>
[PluginStep("6f1d2a30-0000-4000-8000-000000000020", "Update", "lead", PipelineStage.PostOperation)]
[StepImage("6f1d2a30-0000-4000-8000-000000000099", "pre", StepImageType.PreImage)]
public sealed class OrphanImagePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        throw new InvalidOperationException("never registered");
    }
}
