using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// Checks every stage move of a lead, by a plugin or a person, through the engine before it is saved. A move is one
/// Update that sets stage, stage trigger and stage reason together; the guard refuses a skipped gate, SQL or
/// Opportunity without the BANT items they require, or a move by hand without a reason, with a message that names the
/// lead and what is missing. An accepted move gets its entered-on time, milestone dates and recycling applied here, in
/// the same update, and the post-operation ledger writes its transition row.
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PreOperation, Rank = 2, Description = "Check a lead's stage move",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(StepId, LeadImage.Alias, StepImageType.PreImage)]
public sealed class StageGuardPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "749554df-3c64-4b3b-b8ca-a7a4ddd701dd";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Target;
        var now = context.Clock.UtcNow;
        var configuration = FunnelConfigurationSource.For(context);
        var move = StageMove.Check(configuration, context.PreImage(LeadImage.Alias)!, target, now);
        if (move.Refusal != null)
        {
            throw new InvalidPluginExecutionException(move.Refusal);
        }

        if (move.Transition is not StageTransition transition)
        {
            return;
        }

        var stage = transition.To;
        StageColumns.Write(target, stage, move.Trigger, string.IsNullOrWhiteSpace(move.Reason) ? transition.Reason : move.Reason!);
        StageMilestones.Write(target, move.Before, transition, now);
        if (transition.BehaviourFactor is double factor)
        {
            var recycled = configuration.Engine.Recycle(move.Lead.ScoreState, factor, now);
            LeadScoreColumns.Write(target, configuration, recycled, move.Lead.TopContributions, move.Lead, now);
        }

        context.Context.SharedVariables[TransitionLedgerPlugin.NetNewVariable] = transition.IsNetNew;
        context.Trace("Lead '{0}' moves from {1} to {2} ({3}): {4}", move.Before.Name, move.Before.Stage?.ToString() ?? "(none)", stage, move.Trigger, transition.Reason);
    }
}
