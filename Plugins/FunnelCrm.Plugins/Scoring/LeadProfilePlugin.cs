using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Scores a lead's profile when it is created and whenever a column the fit and negative rules read changes. A new lead
/// with an email address enters the funnel as Known, or as Engaged when it is created from an interaction (stage trigger
/// Interaction); a profile change that lifts the score over the MQL threshold moves the lead to MQL (the stage guard
/// checks the move like any other). Fit score, grade, total, explanation and a move on the score threshold are
/// FunnelCrm's own bookkeeping: in the same save when SYSTEM saves, through SYSTEM when a person does (secured columns,
/// <see cref="Bookkeeping"/>). A profile change rescores the lead as it stands under its row lock (<see cref="LockedLead"/>,
/// two calls), not as its pre-image had it, so an activity's points committed meanwhile stay. When the configuration
/// cannot be used the lead saves unscored and outside the funnel (traced); RecalculateScore scores it and lets it enter
/// once the configuration is fixed.
/// </summary>
[PluginStep(CreateStepId, "Create", Tables.Lead, PipelineStage.PreOperation, Description = "Score a new lead's profile and start its funnel")]
[PluginStep(UpdateStepId, "Update", Tables.Lead, PipelineStage.PreOperation, Rank = 1, Description = "Rescore a lead's profile",
    FilteringAttributes = new[]
    {
        ProfileColumns.IndustryCode, ProfileColumns.NumberOfEmployees, ProfileColumns.Revenue, ProfileColumns.JobTitle, ProfileColumns.EmailAddress,
        ProfileColumns.Country, ProfileColumns.LeadSourceCode, ProfileColumns.CompanyName, ProfileColumns.DoNotEmail, ProfileColumns.DoNotBulkEmail,
        ProfileColumns.TargetAccount,
    })]
[PluginStep(CreatedStepId, "Create", Tables.Lead, PipelineStage.PostOperation, Rank = 2, Description = "Write a new lead's scores through SYSTEM when a person created it")]
public sealed class LeadProfilePlugin : PluginBase
{
    /// <summary>Step id: lead Create.</summary>
    public const string CreateStepId = "2dac0f50-7b3e-4c79-8a77-4b1e6d9f8c23";

    /// <summary>Step id: lead Update.</summary>
    public const string UpdateStepId = "3ebd1061-8c4f-4d8a-9b88-5c2f7e0a9d34";

    /// <summary>Step id: lead Create, post-operation (writes a new lead's bookkeeping through SYSTEM when a person created it).</summary>
    public const string CreatedStepId = "e38afc58-0982-4bf6-883f-97a85fbce26c";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.Context.Stage == (int)PipelineStage.PostOperation)
        {
            Bookkeeping.Flush(context);
            return;
        }

        var target = context.Target;
        var now = context.Clock.UtcNow;
        var configuration = FunnelConfigurationSource.ForSoftFail(context);
        if (configuration == null)
        {
            return;
        }

        var creating = context.Context.MessageName == "Create";
        var current = creating ? null : LockedLead.Read(context.SystemService, context.Context.PrimaryEntityId);
        var lead = new LeadRecord(LeadRecord.Merge(current, target));
        var state = configuration.Engine.ApplyProfile(lead.ScoreState, lead.Profile, now);
        var bookkeeping = new Entity(Tables.Lead);
        var card = LeadScoreColumns.Write(bookkeeping, configuration, state, lead.TopContributions, lead, now);
        context.Trace("Profile of lead '{0}': fit {1}, grade {2}, score {3}.", lead.Name, card.Fit, card.Grade, card.Total);
        if (target.Contains(LeadColumns.Stage) && !creating)
        {
            Bookkeeping.Write(context, bookkeeping);
            return;
        }

        var before = creating ? null : lead.Stage;
        if (creating && target.Contains(LeadColumns.Stage))
        {
            throw new InvalidPluginExecutionException("Cannot create lead '" + lead.Name + "' in a funnel stage: a new lead enters the funnel as Known; move it afterwards so that the move is checked and recorded.");
        }

        var stageEvent = before == null ? StageEvent.Created(now) : StageEvent.ScoreChanged(now);
        var move = configuration.Stages.Apply(lead.FunnelState(before, card.Total, card.Fit), stageEvent);
        if (before == null && move.Moved && move.Transition != null && IsCreatedFromInteraction(target))
        {
            var engaged = configuration.Stages.Apply(lead.FunnelState(move.Transition.To, card.Total, card.Fit), StageEvent.Activity(now, engaging: true));
            if (engaged.Moved)
            {
                move = engaged;
            }
        }
        if (move.Moved && move.Transition != null)
        {
            StageColumns.Write(before == null ? target : bookkeeping, move.Transition);
            if (before == null)
            {
                bookkeeping[LeadColumns.StageEnteredOn] = now;
            }

            context.Trace("Lead '{0}' moves to {1}: {2}", lead.Name, FunnelStages.Label(move.Transition.To), move.Transition.Reason);
        }
        else
        {
            context.Trace("Lead '{0}' stays: {1}", lead.Name, move.Message);
        }

        Bookkeeping.Write(context, bookkeeping);
    }

    /// <summary>A marketing integration that creates a lead from an interaction says so with the Interaction trigger.</summary>
    private static bool IsCreatedFromInteraction(Entity target) =>
        FunnelOptions.Trigger(target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger)) == TriggerOption.Interaction;
}
