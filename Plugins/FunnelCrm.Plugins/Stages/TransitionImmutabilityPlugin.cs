using System;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// Keeps the transition ledger immutable: nobody, SYSTEM included, updates or deletes a transition row, except when
/// its lead is deleted (the cascade, recognized from the parent context) and when a lead Merge re-parents it. A merged
/// lead's transitions stay its history: a Merge that re-parents them through Update requests finds its change to the
/// master taken out (the row stays as it was), and the return of a row a Merge moved directly to the subordinate it
/// belongs to (<see cref="MergedHistoryPlugin"/>) is let through. Any other change is refused.
/// </summary>
[PluginStep(UpdateStepId, "Update", Tables.StageTransition, PipelineStage.PreValidation, Description = "Refuse changes to transition rows")]
[PluginStep(DeleteStepId, "Delete", Tables.StageTransition, PipelineStage.PreValidation, Description = "Refuse deleting transition rows")]
public sealed class TransitionImmutabilityPlugin : PluginBase
{
    /// <summary>Step id: Update.</summary>
    public const string UpdateStepId = "0b8a8d3e-5f1c-4a57-8e55-2f9c4b7d6a01";

    /// <summary>Step id: Delete.</summary>
    public const string DeleteStepId = "1c9b9e4f-6a2d-4b68-9f66-3a0d5c8e7b12";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.Context.MessageName == "Delete" && ParentOperations.IsDeleteOf(context.Context, Tables.Lead))
        {
            context.Trace("The transition row goes with its lead.");
            return;
        }

        if (context.Context.MessageName == "Update" && KeepsMergedHistory(context))
        {
            return;
        }

        throw new InvalidPluginExecutionException("Stage transitions are the funnel's history and cannot be changed or deleted. To correct a lead's stage, move the lead again with a reason.");
    }

    private static bool KeepsMergedHistory(LocalPluginContext context)
    {
        var merge = ParentOperations.Nearest(context.Context, "Merge");
        var target = context.Target;
        if (merge == null || !string.Equals(merge.PrimaryEntityName, Tables.Lead, StringComparison.OrdinalIgnoreCase)
            || target.Attributes.Count != (target.Contains(StageTransitionColumns.Id) ? 2 : 1)
            || !(target.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId) is EntityReference lead))
        {
            return false;
        }

        if (lead.Id == merge.PrimaryEntityId)
        {
            target.Attributes.Remove(StageTransitionColumns.LeadId);
            context.Trace("The merge leaves the transition with the merged lead: it is that lead's history.");
            return true;
        }

        if (merge.InputParameters.Contains(LeadMergeParameters.SubordinateId) && merge.InputParameters[LeadMergeParameters.SubordinateId] is Guid subordinate && lead.Id == subordinate)
        {
            context.Trace("The transition returns to the merged lead whose history it is.");
            return true;
        }

        return false;
    }
}
