using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// Forces two threads to overlap: registered on a step, it holds the first execution that carries the armed column in
/// its Target (per organization) until the test releases it, after signalling that it arrived. Every wait has a
/// timeout, so a broken pipeline fails the test instead of hanging it.
/// </summary>
public sealed class HoldOncePlugin : IPlugin
{
    private static readonly ConcurrentDictionary<Guid, Hold> Holds = new();

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Holds the next execution in <paramref name="organizationId"/> whose Target carries <paramref name="column"/>.</summary>
    public static Hold Arm(Guid organizationId, string column)
    {
        var hold = new Hold(column);
        Holds[organizationId] = hold;
        return hold;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (Holds.TryGetValue(context.OrganizationId, out var hold)
            && context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity && entity.Contains(hold.Column)
            && Interlocked.Exchange(ref hold.Taken, 1) == 0)
        {
            hold.Arrived.Set();
            if (!hold.Release.Wait(Timeout))
            {
                throw new InvalidPluginExecutionException("HoldOncePlugin: the test never released the held operation.");
            }
        }
    }

    /// <summary>One armed hold.</summary>
    public sealed class Hold
    {
        internal int Taken;

        internal Hold(string column)
        {
            Column = column;
        }

        public string Column { get; }

        /// <summary>Set when the held operation arrived.</summary>
        public ManualResetEventSlim Arrived { get; } = new();

        /// <summary>Set by the test to let the held operation go on.</summary>
        public ManualResetEventSlim Release { get; } = new();
    }
}
