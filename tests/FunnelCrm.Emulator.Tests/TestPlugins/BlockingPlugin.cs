using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>
/// Notes the row's lastname as its own transaction reads it (its write is there, uncommitted), signals that it is
/// inside the transaction (holding the row lock), then waits until the test releases it.
/// </summary>
public sealed class BlockingPlugin : IPlugin
{
    public static readonly ConcurrentDictionary<Guid, (ManualResetEventSlim Inside, ManualResetEventSlim Release)> Gates = new();

    public static readonly ConcurrentDictionary<Guid, string?> SeenInside = new();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (Gates.TryGetValue(context.OrganizationId, out var gate))
        {
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            SeenInside[context.OrganizationId] = service.Retrieve(context.PrimaryEntityName, context.PrimaryEntityId, new ColumnSet("lastname")).GetAttributeValue<string>("lastname");
            gate.Inside.Set();
            gate.Release.Wait(TimeSpan.FromSeconds(10));
        }
    }
}
