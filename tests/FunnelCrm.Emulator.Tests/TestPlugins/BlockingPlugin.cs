using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Signals that it is inside the transaction (holding the row lock), then waits until the test releases it.</summary>
public sealed class BlockingPlugin : IPlugin
{
    public static readonly ConcurrentDictionary<Guid, (ManualResetEventSlim Inside, ManualResetEventSlim Release)> Gates = new();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (Gates.TryGetValue(context.OrganizationId, out var gate))
        {
            gate.Inside.Set();
            gate.Release.Wait(TimeSpan.FromSeconds(10));
        }
    }
}
