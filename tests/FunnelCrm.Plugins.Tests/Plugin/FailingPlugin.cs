using System.Collections.Generic;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Plugins.Tests.Plugin;

/// <summary>A plugin whose work fails with an exception of its own (not an InvalidPluginExecutionException).</summary>
[PluginStep(StepId, "Create", "account", PipelineStage.PreOperation)]
public sealed class FailingPlugin : PluginBase
{
    public const string StepId = "0e5f35a1-6b54-4d4a-8d0e-3c7e1a2b9f10";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        context.Trace("about to look up a missing key");
        throw new KeyNotFoundException("The key 'territory' was not present.");
    }
}
