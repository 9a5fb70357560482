using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Moves the points of a merged lead's activities to the master: before the merge moves the subordinate's activities,
/// the stamped contributions of every activity that counts for the subordinate (regarding it, or naming it in a party
/// list: email from and to, appointment attendees, campaign response customer) leave the subordinate and join the
/// master (no activity is scored again), and the master moves on when its new score crosses a trigger. Activities
/// that name the subordinate in a party list keep naming it; their later changes reach the master through the
/// subordinate's masterid (<see cref="LeadActivityScorer"/>). The subordinate's transitions stay its history
/// (<see cref="Stages.MergedHistoryPlugin"/>). Both leads are locked in id order.
/// Cost: lock both leads, read both, one paged query per scored table and one more per party-list table, write both
/// (15 calls through SYSTEM when every query fits one page).
/// </summary>
[PluginStep(StepId, "Merge", Tables.Lead, PipelineStage.PreOperation, Description = "Move the points of a merged lead's activities to the master lead")]
public sealed class LeadMergeScoringPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "5d1e2c3b-7a8f-4e6d-9c0b-1a2f3e4d5c6b";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var masterId = context.TargetReference.Id;
        if (!(context.Context.InputParameters.Contains(Stages.LeadMergeParameters.SubordinateId) && context.Context.InputParameters[Stages.LeadMergeParameters.SubordinateId] is Guid subordinateId))
        {
            context.Trace("The merge names no subordinate lead: nothing to move.");
            return;
        }

        var now = context.Clock.UtcNow;
        var service = context.SystemService;
        LeadLocks.InOrder(service, masterId, subordinateId);
        var master = new LeadRecord(service.Retrieve(Tables.Lead, masterId, LeadRecord.Columns));
        var subordinate = new LeadRecord(service.Retrieve(Tables.Lead, subordinateId, LeadRecord.Columns));
        var activities = ScoredActivityQuery.CountingFor(service, subordinateId, now);
        if (activities.Count == 0)
        {
            context.Trace("Lead '{0}' has no scored activities to move to '{1}'.", subordinate.Name, master.Name);
            return;
        }

        var configuration = FunnelConfigurationSource.For(context);
        var transfer = ScoreTransfer.Move(configuration.Engine, subordinate.ScoreState, master.ScoreState, activities, now);
        var masterTop = master.TopContributions;
        var subordinateTop = subordinate.TopContributions;
        foreach (var activity in activities)
        {
            masterTop = masterTop.With(activity, configuration.Engine, transfer.Target, now);
            subordinateTop = subordinateTop.Without(activity.Id);
        }

        var subordinateUpdate = new Entity(Tables.Lead, subordinateId);
        LeadScoreColumns.Write(subordinateUpdate, configuration, transfer.Source, subordinateTop, subordinate, now);
        var masterUpdate = new Entity(Tables.Lead, masterId);
        var card = LeadScoreColumns.Write(masterUpdate, configuration, transfer.Target, masterTop, master, now);
        context.Trace("Moved {0} activities ({1:0.##} points) from lead '{2}' to '{3}'.", activities.Count, transfer.MovedPoints, subordinate.Name, master.Name);
        if (master.IsOpen)
        {
            var move = configuration.Stages.Apply(master.FunnelState(card.Total, card.Fit), StageEvent.ScoreChanged(now));
            if (move.Moved && move.Transition != null)
            {
                context.Trace("Lead '{0}' moves from {1} to {2}: {3}", master.Name, master.Stage?.ToString() ?? "(none)", FunnelStages.Label(move.Transition.To), move.Transition.Reason);
                StageColumns.Write(masterUpdate, move.Transition);
            }
        }

        service.Update(subordinateUpdate);
        service.Update(masterUpdate);
    }
}
