using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// The stage guard's check of one stage update (stage, trigger and reason together) against the lead as it is: the
/// engine event the update stands for, applied by the stage machine to the lead with the update laid over it. The guard
/// runs it on every move; the handoffs run the same check on the update they are about to send, so a refusal reaches
/// the rep before anything is written.
/// </summary>
public sealed class StageMove
{
    private StageMove(LeadRecord before, LeadRecord lead, FunnelStage? requested, TriggerOption trigger, string? reason, ScoreCard card, TransitionResult? result)
    {
        Before = before;
        Lead = lead;
        Requested = requested;
        Trigger = trigger;
        Reason = reason;
        Card = card;
        Result = result;
    }

    /// <summary>The lead before the update.</summary>
    public LeadRecord Before { get; }

    /// <summary>The lead with the update laid over it.</summary>
    public LeadRecord Lead { get; }

    /// <summary>The stage the update asks for (null: it clears the stage).</summary>
    public FunnelStage? Requested { get; }

    /// <summary>What the update says moved the lead (Manual when it names no trigger).</summary>
    public TriggerOption Trigger { get; }

    /// <summary>The update's stage reason.</summary>
    public string? Reason { get; }

    /// <summary>The lead's score as of the check.</summary>
    public ScoreCard Card { get; }

    /// <summary>The stage machine's answer; null when the update leaves the stage as it is.</summary>
    public TransitionResult? Result { get; }

    /// <summary>Whether the update changes the stage at all.</summary>
    public bool ChangesStage => Requested != Before.Stage;

    /// <summary>The transition the update makes, when the machine accepts it.</summary>
    public StageTransition? Transition => Problem == null ? Result?.Transition : null;

    /// <summary>Why the update is refused, as a sentence for a rep; null when it is allowed or leaves the stage as it is.</summary>
    public string? Problem
    {
        get
        {
            if (Requested == null)
            {
                return "every lead keeps a stage once it is in the funnel.";
            }

            if (Result == null)
            {
                return null;
            }

            if (!Result.Moved || Result.Transition == null)
            {
                return Result.Message;
            }

            return Result.Transition.To == Requested
                ? null
                : Describe(Trigger) + " moves it to " + FunnelStages.Label(Result.Transition.To) + ".";
        }
    }

    /// <summary>The guard's refusal ("Cannot move lead 'Contoso - J. Smith' to SQL: budget is missing."), or null.</summary>
    public string? Refusal => Problem == null
        ? null
        : Requested == null
            ? "Cannot clear the funnel stage of lead '" + Before.Name + "': " + Problem
            : "Cannot move lead '" + Before.Name + "' to " + FunnelStages.Label(Requested.Value) + ": " + Problem;

    /// <summary>
    /// Checks <paramref name="update"/> against <paramref name="before"/> (a pre-image or a retrieved row with every column
    /// the guard reads), reading <see cref="LeadRecord.Columns"/> of it column by column.
    /// </summary>
    public static StageMove Check(FunnelConfiguration configuration, Entity before, Entity update, DateTime now)
    {
        var prior = LeadRecord.FromImage(before);
        var merged = new LeadRecord(LeadRecord.Over(before, update));
        var requested = FunnelOptions.Stage(update.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        var trigger = FunnelOptions.Trigger(update.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger)) ?? TriggerOption.Manual;
        var reason = update.GetAttributeValue<string>(LeadColumns.StageReason);
        var card = configuration.Engine.Evaluate(merged.ScoreState, now);
        TransitionResult? result = null;
        if (requested is FunnelStage stage && requested != prior.Stage)
        {
            var stageEvent = StageEvents.For(trigger, stage, reason, FunnelOptions.Rejection(merged.Row.GetAttributeValue<OptionSetValue>(LeadColumns.RejectionReason)), now);
            result = configuration.Stages.Apply(merged.FunnelState(prior.Stage, card.Total, card.Fit), stageEvent);
        }

        return new StageMove(prior, merged, requested, trigger, reason, card, result);
    }

    private static string Describe(TriggerOption trigger)
    {
        switch (trigger)
        {
            case TriggerOption.ScoreThreshold: return "the score";
            case TriggerOption.Interaction: return "an interaction";
            default: return "'" + trigger + "'";
        }
    }
}
