using System;
using System.Linq;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// A merged lead keeps its transitions: they are what happened to that lead, the snapshots counted them for it, and a
/// full recomputation from the ledger must count them the same way after the merge. Before a lead Merge this notes the
/// subordinate's transition rows; after it, any the platform moved to the master directly (without an Update request
/// the immutability step could keep in place) return to the subordinate, through SYSTEM.
/// Cost: one query before; one query after, plus one update per row the platform moved.
/// </summary>
[PluginStep(NoteStepId, "Merge", Tables.Lead, PipelineStage.PreOperation, Description = "Note the merged lead's transitions")]
[PluginStep(KeepStepId, "Merge", Tables.Lead, PipelineStage.PostOperation, Description = "Keep the merged lead's transitions as its history")]
public sealed class MergedHistoryPlugin : PluginBase
{
    /// <summary>Step id: before the merge.</summary>
    public const string NoteStepId = "3d4f6a2b-8c1e-4f5a-9b7d-2e6c8a0f1b34";

    /// <summary>Step id: after the merge.</summary>
    public const string KeepStepId = "4e5a7b3c-9d2f-4a6b-8c1e-3f7d9b1a2c45";

    /// <summary>The shared variable that carries the subordinate's transition ids (comma-separated) from before to after.</summary>
    public const string HistoryVariable = "fcm_mergedhistory";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (!(context.Context.InputParameters.Contains(LeadMergeParameters.SubordinateId) && context.Context.InputParameters[LeadMergeParameters.SubordinateId] is Guid subordinateId))
        {
            context.Trace("The merge names no subordinate lead: no history to keep.");
            return;
        }

        var service = context.SystemService;
        if (context.Context.Stage == (int)PipelineStage.PreOperation)
        {
            var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, subordinateId);
            var ids = service.RetrieveMultiple(query).Entities.Select(e => e.Id.ToString()).ToArray();
            context.Context.SharedVariables[HistoryVariable] = string.Join(",", ids);
            context.Trace("The merged lead has {0} transitions.", ids.Length);
            return;
        }

        var noted = context.Context.SharedVariables.Contains(HistoryVariable) ? context.Context.SharedVariables[HistoryVariable] as string : null;
        var history = (noted ?? "").Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Cast<object>().ToArray();
        if (history.Length == 0)
        {
            return;
        }

        var moved = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(false) };
        moved.Criteria.AddCondition(StageTransitionColumns.Id, ConditionOperator.In, history);
        moved.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.NotEqual, subordinateId);
        var rows = service.RetrieveMultiple(moved).Entities;
        foreach (var row in rows)
        {
            service.Update(new Entity(Tables.StageTransition, row.Id) { [StageTransitionColumns.LeadId] = new EntityReference(Tables.Lead, subordinateId) });
        }

        context.Trace("{0} of the merged lead's {1} transitions returned to it.", rows.Count, history.Length);
    }
}
