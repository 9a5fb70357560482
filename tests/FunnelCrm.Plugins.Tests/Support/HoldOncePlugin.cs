using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// Forces two threads to overlap: registered on a step, each armed hold stops the first execution (per organization)
/// that carries the hold's column in its Target, in the hold's pipeline stage when it names one, until the test
/// releases it, after signalling that it arrived. A hold released before it is reached only signals. Every wait has a
/// timeout, so a broken pipeline fails the test instead of hanging it.
/// </summary>
public sealed class HoldOncePlugin : IPlugin
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Hold>> Holds = new();

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Holds the next execution in <paramref name="organizationId"/> whose Target carries <paramref name="column"/> (in <paramref name="stage"/>, if given).</summary>
    public static Hold Arm(Guid organizationId, string column, PipelineStage? stage = null)
    {
        var hold = new Hold(column, stage);
        Holds.GetOrAdd(organizationId, _ => new ConcurrentQueue<Hold>()).Enqueue(hold);
        return hold;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (!Holds.TryGetValue(context.OrganizationId, out var holds)
            || !context.InputParameters.TryGetValue("Target", out var target) || target is not Entity entity)
        {
            return;
        }

        var hold = holds.FirstOrDefault(h => entity.Contains(h.Column) && (h.Stage == null || (int)h.Stage == context.Stage) && Interlocked.Exchange(ref h.Taken, 1) == 0);
        if (hold == null)
        {
            return;
        }

        hold.Arrived.Set();
        if (!hold.Release.Wait(Timeout))
        {
            throw new InvalidPluginExecutionException("HoldOncePlugin: the test never released the held operation.");
        }
    }

    /// <summary>One armed hold.</summary>
    public sealed class Hold
    {
        internal int Taken;

        internal Hold(string column, PipelineStage? stage)
        {
            Column = column;
            Stage = stage;
        }

        public string Column { get; }

        public PipelineStage? Stage { get; }

        /// <summary>Set when the held operation arrived.</summary>
        public ManualResetEventSlim Arrived { get; } = new();

        /// <summary>Set by the test to let the held operation go on.</summary>
        public ManualResetEventSlim Release { get; } = new();
    }
}
