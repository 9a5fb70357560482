using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Pre-operation: writes "column=value" (the unsecure configuration) into the Target.</summary>
public sealed class SetTargetPlugin : IPlugin
{
    private readonly string column;
    private readonly string value;

    public SetTargetPlugin(string unsecure, string secure)
    {
        var parts = unsecure.Split('=');
        column = parts[0];
        value = parts[1];
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"])[column] = value;
    }
}
