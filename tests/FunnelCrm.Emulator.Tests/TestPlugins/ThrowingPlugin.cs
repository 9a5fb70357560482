using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Fails: "refuse:message" throws InvalidPluginExecutionException, "crash:message" an InvalidOperationException.</summary>
public sealed class ThrowingPlugin : IPlugin
{
    private readonly string kind;
    private readonly string message;

    public ThrowingPlugin(string unsecure, string secure)
    {
        var separator = unsecure.IndexOf(':');
        kind = unsecure.Substring(0, separator);
        message = unsecure.Substring(separator + 1);
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("about to fail");
        if (kind == "refuse")
        {
            throw new InvalidPluginExecutionException(message);
        }
        throw new InvalidOperationException(message);
    }
}
