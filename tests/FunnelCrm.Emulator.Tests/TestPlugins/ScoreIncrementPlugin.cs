using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>
/// On task create: adds one to the regarding lead's numberofemployees (the test's counter). "read-first" reads then
/// writes (and meets the other thread at a barrier between the two); "lock-first" takes the lead's row lock with an
/// update before reading, as FunnelCrm's scoring does.
/// </summary>
public sealed class ScoreIncrementPlugin : IPlugin
{
    public static readonly ConcurrentDictionary<Guid, Barrier> Barriers = new();

    private readonly bool lockFirst;

    public ScoreIncrementPlugin(string unsecure, string secure)
    {
        lockFirst = unsecure == "lock-first";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        var task = (Entity)context.InputParameters["Target"];
        var lead = task.GetAttributeValue<EntityReference>("regardingobjectid");
        if (lockFirst)
        {
            service.Update(new Entity("lead", lead.Id) { ["description"] = "scoring" });
        }
        var current = service.Retrieve("lead", lead.Id, new ColumnSet("numberofemployees")).GetAttributeValue<int?>("numberofemployees") ?? 0;
        if (!lockFirst && Barriers.TryGetValue(context.OrganizationId, out var barrier))
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
        }
        service.Update(new Entity("lead", lead.Id) { ["numberofemployees"] = current + 1 });
    }
}
