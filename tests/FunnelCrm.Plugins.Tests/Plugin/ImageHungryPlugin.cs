using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Plugins.Tests.Plugin;

/// <summary>A plugin that declares a pre-image and marks the account when it runs.</summary>
[PluginStep(StepId, "Update", "account", PipelineStage.PreOperation)]
[StepImage(StepId, "account", StepImageType.PreImage)]
public sealed class ImageHungryPlugin : PluginBase
{
    public const string StepId = "7a1c2d3e-4f50-4a6b-9c8d-0e1f2a3b4c5d";

    protected override void ExecuteStep(LocalPluginContext context) => context.Target["description"] = "seen by the plugin";
}
