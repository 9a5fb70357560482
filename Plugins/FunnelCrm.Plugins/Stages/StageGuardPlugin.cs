using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// Checks every stage move of a lead, by a plugin or a person, through the engine before it is saved. A move is one
/// Update that sets stage, stage trigger and stage reason together; the guard refuses a skipped gate, SQL or
/// Opportunity without the BANT items they require, a move by hand without a reason, or a person sending a trigger only
/// FunnelCrm sends (score threshold, meeting booked, lead qualified, won, lost, ...), with a message that names the lead
/// and what is missing. An accepted move gets its entered-on time, milestone dates, recycling (of the behaviour points
/// the lead holds under its row lock, <see cref="LockedLead"/>, so an activity committed meanwhile is recycled too, not
/// lost) and, for a new MQL,
/// the acceptance SLA's due time applied here, in the same transaction (secured bookkeeping: through SYSTEM when a person
/// moves the lead), and the post-operation ledger writes its transition row.
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PreOperation, Rank = 2, Description = "Check a lead's stage move",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(StepId, LeadImage.Alias, StepImageType.PreImage, Attributes = new[]
    {
        LeadStandardColumns.FullName, LeadStandardColumns.OwnerId, LeadStandardColumns.StateCode, LeadColumns.Score, LeadColumns.BehaviourScore,
        LeadColumns.FitScore, LeadColumns.ScoredOn, LeadColumns.Grade, LeadColumns.Stage, LeadColumns.StageEnteredOn, LeadColumns.MqlOn,
        LeadColumns.SalOn, LeadColumns.SqlOn, LeadColumns.RecycleCount, LeadColumns.CapWindows, LeadColumns.LastEngagementOn,
        LeadColumns.TopContributions, LeadColumns.ModelVersion, LeadColumns.SlaDueOn, ProfileColumns.IndustryCode, ProfileColumns.NumberOfEmployees,
        ProfileColumns.Revenue, ProfileColumns.JobTitle, ProfileColumns.EmailAddress, ProfileColumns.Country, ProfileColumns.LeadSourceCode,
        ProfileColumns.CompanyName, ProfileColumns.DoNotEmail, ProfileColumns.DoNotBulkEmail, ProfileColumns.TargetAccount, LeadStandardColumns.BudgetAmount,
        LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker, LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need,
        LeadStandardColumns.PurchaseTimeframe, LeadStandardColumns.BudgetAmountBase, LeadStandardColumns.RevenueBase, LeadStandardColumns.MasterId,
    })]
public sealed class StageGuardPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "749554df-3c64-4b3b-b8ca-a7a4ddd701dd";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Target;
        var now = context.Clock.UtcNow;
        var preImage = context.PreImage(LeadImage.Alias)!;
        var before = new LeadRecord(preImage);
        var requested = FunnelOptions.Stage(target.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        var trigger = FunnelOptions.Trigger(target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger)) ?? TriggerOption.Manual;
        if (requested is FunnelStage requestedStage && requested != before.Stage)
        {
            if (trigger == TriggerOption.Baseline)
            {
                PlaceAtBaseline(context, before, requestedStage, target.GetAttributeValue<string>(LeadColumns.StageReason), now);
                return;
            }

            if (SystemOnly(trigger) && !SystemUser.IsCaller(context))
            {
                throw new InvalidPluginExecutionException("Cannot move lead '" + before.Name + "' to " + FunnelStages.Label(requestedStage) + ": " + Describe(trigger)
                    + " moves a lead only when FunnelCrm itself sees it happen; a person accepts, rejects, qualifies to SQL, or moves a lead by hand with a reason.");
            }
        }

        var configuration = FunnelConfigurationSource.For(context);
        var move = StageMove.Check(configuration, preImage, target, now);
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
        var bookkeeping = new Entity(Tables.Lead);
        StageMilestones.Write(bookkeeping, move.Before, transition, now);
        if (transition.To == FunnelStage.Mql)
        {
            bookkeeping[LeadColumns.SlaDueOn] = new SlaClock(configuration.Settings.Sla).DueOn(SlaKind.MqlAcceptance, now);
        }

        if (transition.BehaviourFactor is double factor)
        {
            var current = new LeadRecord(LeadRecord.Merge(LockedLead.Read(context.SystemService, context.Context.PrimaryEntityId), target));
            var recycled = configuration.Engine.Recycle(current.ScoreState, factor, now);
            LeadScoreColumns.Write(bookkeeping, configuration, recycled, current.TopContributions, current, now);
        }

        Bookkeeping.Write(context, bookkeeping);

        context.Context.SharedVariables[TransitionLedgerPlugin.NetNewVariable] = transition.IsNetNew;
        context.Trace("Lead '{0}' moves from {1} to {2} ({3}): {4}", move.Before.Name, move.Before.Stage?.ToString() ?? "(none)", stage, move.Trigger, transition.Reason);
    }

    /// <summary>
    /// The go-live migration places a lead that is outside the funnel at its baseline stage: not a move through the
    /// funnel, so no gate applies and the row is not net-new; only FunnelCrm's own migration (SYSTEM) may do it.
    /// </summary>
    private static void PlaceAtBaseline(LocalPluginContext context, LeadRecord before, FunnelStage stage, string? reason, DateTime now)
    {
        if (before.Stage != null)
        {
            throw new InvalidPluginExecutionException("Cannot place lead '" + before.Name + "' at a go-live baseline: it is in the funnel already (" + FunnelStages.Label(before.Stage.Value) + ").");
        }

        if (!SystemUser.IsCaller(context))
        {
            throw new InvalidPluginExecutionException("Cannot place lead '" + before.Name + "' at a go-live baseline: only FunnelCrm's go-live migration (PlaceExistingLeads) does that; move the lead with a reason instead.");
        }

        var target = context.Target;
        StageColumns.Write(target, stage, TriggerOption.Baseline, string.IsNullOrWhiteSpace(reason) ? "Go-live baseline: in the funnel before FunnelCrm went live" : reason!);
        target[LeadColumns.StageEnteredOn] = now;
        context.Context.SharedVariables[TransitionLedgerPlugin.NetNewVariable] = false;
        context.Trace("Lead '{0}' placed at its go-live baseline: {1}.", before.Name, FunnelStages.Label(stage));
    }

    /// <summary>The triggers only FunnelCrm's own steps send (as SYSTEM); a person's save may carry the others.</summary>
    private static bool SystemOnly(TriggerOption trigger) =>
        trigger != TriggerOption.Accepted && trigger != TriggerOption.Rejected && trigger != TriggerOption.QualifiedToSql && trigger != TriggerOption.Manual;

    private static string Describe(TriggerOption trigger)
    {
        switch (trigger)
        {
            case TriggerOption.ScoreThreshold: return "the score";
            case TriggerOption.Interaction: return "an interaction";
            default: return "the trigger '" + trigger + "'";
        }
    }
}
