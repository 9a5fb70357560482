using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// After the first lock a thread takes on a lead (an Update with no columns, post-operation: the lock is held), waits
/// until the other thread of the test has taken its first lock too, or a second has passed: two operations that lock
/// two leads in opposite orders then deadlock, while operations that lock in one order queue behind each other.
/// </summary>
public sealed class FirstLockPausePlugin : IPlugin
{
    public static readonly ConcurrentDictionary<Guid, Barrier> Barriers = new();

    private static readonly ThreadLocal<bool> Paused = new();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var target = (Entity)context.InputParameters["Target"];
        if (target.Attributes.Count > 1 || Paused.Value || !Barriers.TryGetValue(context.OrganizationId, out var barrier))
        {
            return;
        }

        Paused.Value = true;
        barrier.SignalAndWait(TimeSpan.FromSeconds(1));
    }
}
