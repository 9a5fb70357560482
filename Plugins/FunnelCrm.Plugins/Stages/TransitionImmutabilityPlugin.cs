using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// Keeps the transition ledger immutable: nobody, SYSTEM included, updates or deletes a transition row, except when
/// its lead is deleted (the cascade, recognized from the parent context).
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

        throw new InvalidPluginExecutionException("Stage transitions are the funnel's history and cannot be changed or deleted. To correct a lead's stage, move the lead again with a reason.");
    }
}
