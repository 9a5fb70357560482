using System;
using System.Collections.Concurrent;
using System.Threading;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// What scoring would be without the lock: read the lead, add 10 points, write it. The barrier holds both threads
/// between their read and their write, the moment two real imports can meet; a meeting that times out is counted.
/// </summary>
[PluginStep(StepId, "Create", Tables.Interaction, PipelineStage.PreOperation)]
public sealed class ReadThenWriteScoringPlugin : PluginBase
{
    public const string StepId = "2f6b8e1d-3c4a-4b5e-8f70-9a1b2c3d4e5f";

    private static readonly ConcurrentDictionary<Guid, int> Missed = new();

    /// <summary>Both threads' meeting point per organization, set by the test that registers this plugin.</summary>
    public static ConcurrentDictionary<Guid, Barrier> BothRead { get; } = new();

    public static int MissedMeetings(Guid organizationId) => Missed.TryGetValue(organizationId, out var missed) ? missed : 0;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var leadId = context.Target.GetAttributeValue<EntityReference>(InteractionColumns.RegardingObjectId).Id;
        var lead = context.SystemService.Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.BehaviourScore));
        if (BothRead.TryGetValue(context.Context.OrganizationId, out var barrier) && !barrier.SignalAndWait(TimeSpan.FromSeconds(10)))
        {
            Missed.AddOrUpdate(context.Context.OrganizationId, 1, (_, n) => n + 1);
        }

        context.SystemService.Update(new Entity(Tables.Lead, leadId) { [LeadColumns.BehaviourScore] = (lead.GetAttributeValue<double?>(LeadColumns.BehaviourScore) ?? 0) + 10 });
    }
}
