using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Routing;
using FunnelCrm.Funnel.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Hands a new MQL to sales, in the same transaction as the move: routes the lead per the settings (keep the owner, the
/// MQL team, or round robin over the team's members by name, the cursor kept in fcm_funnelsettings.fcm_roundrobinindex
/// under the settings row's lock), starts the acceptance SLA clock (fcm_sladueon) and creates a follow-up task for the
/// owner due at that time. Everything is written through SYSTEM. Calls: 2 (keep owner, team), 6 (round robin).
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PostOperation, Rank = 2, Description = "Route a new MQL, start its acceptance SLA and create the follow-up task",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.OwnerId, LeadStandardColumns.FullName })]
public sealed class MqlHandoffPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "b3f0c1d2-6e4a-4c1b-9a57-0d8e2f4a6c31";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    private const string TaskSubject = "subject";
    private const string TaskDescription = "description";
    private const string TaskScheduledEnd = "scheduledend";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageAlias)!;
        var to = FunnelOptions.Stage(context.Target.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (to != FunnelStage.Mql || FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)) == FunnelStage.Mql)
        {
            return;
        }

        var leadId = context.Context.PrimaryEntityId;
        var name = before.GetAttributeValue<string>(LeadStandardColumns.FullName) is { Length: > 0 } n ? n : "(no name)";
        var owner = before.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId);
        var configuration = FunnelConfigurationSource.For(context);
        var service = context.SystemService;
        var decision = Route(service, configuration, owner);
        var now = context.Clock.UtcNow;
        var due = new SlaClock(configuration.Settings.Sla).DueOn(SlaKind.MqlAcceptance, now);

        var update = new Entity(Tables.Lead, leadId) { [LeadColumns.SlaDueOn] = due };
        var newOwner = decision == null ? owner : new EntityReference(decision.OwnerIsTeam ? Tables.Team : Tables.SystemUser, decision.OwnerId);
        if (newOwner != null && (owner == null || owner.Id != newOwner.Id))
        {
            update[LeadStandardColumns.OwnerId] = newOwner;
        }

        service.Update(update);
        var task = new Entity(Tables.Task)
        {
            [TaskSubject] = Limit("Accept or reject MQL '" + name + "'"),
            [TaskDescription] = "Lead '" + name + "' became an MQL. Accept it (SAL) or reject it with a reason before the acceptance SLA ends."
                + (decision == null ? "" : " " + decision.Reason + "."),
            [TaskScheduledEnd] = due,
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        };
        if (newOwner != null)
        {
            task[ActivityStandardColumns.OwnerId] = newOwner;
        }

        service.Create(task);
        context.Trace("MQL '{0}' handed to {1} {2}, acceptance due {3:u} ({4}).", name, newOwner?.LogicalName ?? "(nobody)", newOwner?.Id.ToString() ?? "", due, decision?.Reason ?? "owner kept");
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

        service.Update(new Entity(Tables.FunnelSettings, settingsId));
        var cursor = service.Retrieve(Tables.FunnelSettings, settingsId, new ColumnSet(FunnelSettingsColumns.RoundRobinIndex))
            .GetAttributeValue<int?>(FunnelSettingsColumns.RoundRobinIndex) ?? 0;
        var members = new RoutingSettings { Mode = RoutingMode.RoundRobin, TeamId = teamId };
        members.Members.AddRange(TeamMembers(service, teamId));
        var decision = MqlRouter.Route(members, owner?.Id ?? Guid.Empty, cursor);
        if (decision.NextCursor != cursor)
        {
            service.Update(new Entity(Tables.FunnelSettings, settingsId) { [FunnelSettingsColumns.RoundRobinIndex] = decision.NextCursor });
        }

        return decision;
    }

    private static Guid[] TeamMembers(IOrganizationService service, Guid teamId)
    {
        var query = new QueryExpression(Tables.SystemUser) { ColumnSet = new ColumnSet("fullname") };
        var membership = query.AddLink("teammembership", "systemuserid", "systemuserid");
        membership.LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, teamId);
        return service.RetrieveMultiple(query).Entities
            .OrderBy(u => u.GetAttributeValue<string>("fullname") ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(u => u.Id)
            .Select(u => u.Id)
            .ToArray();
    }

    private static string Limit(string text) => text.Length <= 200 ? text : text.Substring(0, 200);
}
