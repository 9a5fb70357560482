using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// Two activities for one lead meet here, before scoring runs (interaction Create, pre-operation, ahead of the scoring
/// step), so that both then reach for the lead at the same moment. A meeting that times out is counted.
/// </summary>
public sealed class MeetBeforeScoringPlugin : IPlugin
{
    public static readonly ConcurrentDictionary<Guid, (Barrier Meeting, int[] Missed)> Meetings = new();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (Meetings.TryGetValue(context.OrganizationId, out var meeting) && !meeting.Meeting.SignalAndWait(TimeSpan.FromSeconds(10)))
        {
            Interlocked.Increment(ref meeting.Missed[0]);
        }
    }
}

/// <summary>
/// Holds a lead's row lock a little longer (an Update with no columns, post-operation: the lock is taken), the window
/// in which the other activity reads the lead when the lock does not keep it out.
/// </summary>
public sealed class HoldLeadLockPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (((Entity)context.InputParameters["Target"]).Attributes.Count <= 1 && MeetBeforeScoringPlugin.Meetings.ContainsKey(context.OrganizationId))
        {
            Thread.Sleep(50);
        }
    }
}
