using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Hands a new MQL to sales, after the move committed (an asynchronous step with its own system job, so a routing
/// failure never rolls back the activity that made the lead an MQL, nor the move; the failed job keeps the reason and
/// can be resumed). The move itself set the acceptance SLA (fcm_sladueon, by the stage guard). This step routes the
/// lead per the settings (keep the owner, the MQL team, or round robin over the team's members who can take leads:
/// enabled, interactive, with a role that reads and writes leads; the cursor is kept in
/// fcm_funnelsettings.fcm_roundrobinindex and moved with the row version, so two jobs at once never take the same turn) and creates a follow-up task for the owner due
/// at the SLA. It does nothing when the lead has left MQL since. Everything is written through SYSTEM. Calls: read the lead,
/// create the task (2; keep owner), plus the owner's update (team), and members, the cursor read and its write (round
/// robin, 6).
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PostOperation, Mode = StepMode.Asynchronous, Rank = 2,
    Description = "Route a new MQL and create the follow-up task due at its acceptance SLA", FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage })]
public sealed class MqlHandoffPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "b3f0c1d2-6e4a-4c1b-9a57-0d8e2f4a6c31";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    private const string TaskSubject = "subject";
    private const string TaskDescription = "description";
    private const string TaskScheduledEnd = "scheduledend";
    private const int CursorAttempts = 5;

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var to = FunnelOptions.Stage(context.Target.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (to != FunnelStage.Mql || FunnelOptions.Stage(context.PreImage(ImageAlias)!.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)) == FunnelStage.Mql)
        {
            return;
        }

        if (FunnelOptions.Trigger(context.Target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger)) == TriggerOption.Baseline)
        {
            context.Trace("An MQL placed at its go-live baseline is not handed over again.");
            return;
        }

        var leadId = context.Context.PrimaryEntityId;
        var service = context.SystemService;
        var lead = new LeadRecord(service.Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.Stage, LeadColumns.SlaDueOn, LeadStandardColumns.OwnerId,
            LeadStandardColumns.FullName, LeadStandardColumns.StateCode)));
        var due = lead.Row.GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn);
        if (lead.Stage != FunnelStage.Mql || !lead.IsOpen || due == null)
        {
            context.Trace("Lead '{0}' is no longer an open MQL with a running SLA ({1}): no handoff.", lead.Name, lead.Stage?.ToString() ?? "no stage");
            return;
        }

        var owner = lead.Owner;
        var decision = Route(service, FunnelConfigurationSource.For(context), owner);
        var newOwner = decision == null ? owner : new EntityReference(decision.OwnerIsTeam ? Tables.Team : Tables.SystemUser, decision.OwnerId);
        if (newOwner != null && (owner == null || owner.Id != newOwner.Id))
        {
            service.Update(new Entity(Tables.Lead, leadId) { [LeadStandardColumns.OwnerId] = newOwner });
        }

        var task = new Entity(Tables.Task)
        {
            [TaskSubject] = Limit("Accept or reject MQL '" + lead.Name + "'"),
            [TaskDescription] = "Lead '" + lead.Name + "' became an MQL. Accept it (SAL) or reject it with a reason before the acceptance SLA ends."
                + (decision == null ? "" : " " + decision.Reason + "."),
            [TaskScheduledEnd] = due.Value,
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        };
        if (newOwner != null)
        {
            task[ActivityStandardColumns.OwnerId] = newOwner;
        }

        service.Create(task);
        context.Trace("MQL '{0}' handed to {1} {2}, acceptance due {3:u} ({4}).", lead.Name, newOwner?.LogicalName ?? "(nobody)", newOwner?.Id.ToString() ?? "", due.Value, decision?.Reason ?? "owner kept");
    }

    private static RoutingDecision? Route(IOrganizationService service, FunnelConfiguration configuration, EntityReference? owner)
    {
        var routing = configuration.Settings.Routing;
        if (routing.Mode != RoutingMode.RoundRobin)
        {
            return routing.Mode == RoutingMode.KeepOwner ? null : MqlRouter.Route(routing, owner?.Id ?? Guid.Empty, 0);
        }

        if (configuration.SettingsId is not Guid settingsId || routing.TeamId is not Guid teamId)
        {
            return MqlRouter.Route(routing, owner?.Id ?? Guid.Empty, 0);
        }

        var members = new RoutingSettings { Mode = RoutingMode.RoundRobin, TeamId = teamId };
        members.Members.AddRange(LeadTakers.OfTeam(service, teamId));
        for (var attempt = 1; ; attempt++)
        {
            var row = service.Retrieve(Tables.FunnelSettings, settingsId, new ColumnSet(FunnelSettingsColumns.RoundRobinIndex));
            var cursor = row.GetAttributeValue<int?>(FunnelSettingsColumns.RoundRobinIndex) ?? 0;
            var decision = MqlRouter.Route(members, owner?.Id ?? Guid.Empty, cursor);
            if (decision.NextCursor == cursor)
            {
                return decision;
            }

            try
            {
                service.Execute(new UpdateRequest
                {
                    Target = new Entity(Tables.FunnelSettings, settingsId) { [FunnelSettingsColumns.RoundRobinIndex] = decision.NextCursor, RowVersion = row.RowVersion },
                    ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
                });
                return decision;
            }
            catch (Exception lost) when (ServiceFaults.IsLostRace(lost) && attempt < CursorAttempts)
            {
                continue;
            }
        }
    }

    private static string Limit(string text) => text.Length <= 200 ? text : text.Substring(0, 200);
}
