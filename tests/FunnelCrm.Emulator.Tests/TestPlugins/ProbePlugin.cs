using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Records its context; the unsecure configuration names the probe. Optionally sets a shared variable.</summary>
public sealed class ProbePlugin : IPlugin
{
    private readonly string name;

    public ProbePlugin(string? unsecure, string? secure)
    {
        name = unsecure ?? "probe";
        Secure = secure;
    }

    public string? Secure { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("probe {0} at stage {1}", name, context.Stage);
        context.SharedVariables[$"seen-by-{name}"] = context.Stage;
        Observations.Add(context, name, this);
    }
}
