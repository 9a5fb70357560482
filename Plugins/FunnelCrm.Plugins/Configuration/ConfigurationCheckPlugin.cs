using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Configuration;

/// <summary>
/// Refuses a scoring rule or settings row that would stop scoring, when an admin saves it, with a message that names
/// the rule and the field ("Rule 'demo-request': field 'fcm_condition' must be a JSON object ..."): a condition that
/// does not read, an unknown table or column, a missing kind, a rule id used twice, a time zone code the organization
/// does not know, grade bands or BANT items that do not read, a second settings row. An inactive rule is not checked,
/// so a broken rule can always be switched off. A saved change makes the next operation load the configuration again.
/// </summary>
[PluginStep(RuleCreateStepId, "Create", Tables.ScoringRule, PipelineStage.PreOperation, Description = "Check a new scoring rule")]
[PluginStep(RuleUpdateStepId, "Update", Tables.ScoringRule, PipelineStage.PreOperation, Description = "Check a changed scoring rule")]
[StepImage(RuleUpdateStepId, ImageAlias, StepImageType.PreImage, Attributes = new[]
{
    ScoringRuleColumns.RuleId, ScoringRuleColumns.Name, ScoringRuleColumns.Kind, ScoringRuleColumns.Condition,
    ScoringRuleColumns.Points, ScoringRuleColumns.FrequencyCap, ScoringRuleColumns.IsActive,
})]
[PluginStep(SettingsCreateStepId, "Create", Tables.FunnelSettings, PipelineStage.PreOperation, Description = "Check the new funnel settings")]
[PluginStep(SettingsUpdateStepId, "Update", Tables.FunnelSettings, PipelineStage.PreOperation, Description = "Check changed funnel settings")]
[StepImage(SettingsUpdateStepId, ImageAlias, StepImageType.PreImage, Attributes = new[]
{
    FunnelSettingsColumns.Name, FunnelSettingsColumns.MqlThreshold, FunnelSettingsColumns.MinimumFitScore, FunnelSettingsColumns.HalfLifeDays,
    FunnelSettingsColumns.AcceptSlaHours, FunnelSettingsColumns.FollowUpSlaHours, FunnelSettingsColumns.BusinessHoursOnly,
    FunnelSettingsColumns.WorkingHours, FunnelSettingsColumns.TimeZoneCode, FunnelSettingsColumns.SqlBantItems,
    FunnelSettingsColumns.OpportunityBantItems, FunnelSettingsColumns.RoutingMode, FunnelSettingsColumns.RoutingTeamId,
    FunnelSettingsColumns.RecycleOnSlaBreach, FunnelSettingsColumns.RecycleFactor, FunnelSettingsColumns.GradeBands,
    FunnelSettingsColumns.ModelVersion,
})]
public sealed class ConfigurationCheckPlugin : PluginBase
{
    /// <summary>Step id: scoring rule Create.</summary>
    public const string RuleCreateStepId = "c52cfcad-e6ad-4bf4-9393-829717a113ed";

    /// <summary>Step id: scoring rule Update.</summary>
    public const string RuleUpdateStepId = "291a44e6-27a4-4fd6-8055-3357bbcf3cf3";

    /// <summary>Step id: settings Create.</summary>
    public const string SettingsCreateStepId = "b3e79f33-1f6d-419c-8be7-e96e567ba592";

    /// <summary>Step id: settings Update.</summary>
    public const string SettingsUpdateStepId = "f6ddad20-9784-44e5-911a-ba03ac7d38b3";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var row = LeadRecord.Merge(context.PreImage(ImageAlias), context.Target);
        var rule = row.LogicalName == Tables.ScoringRule;
        var problems = rule
            ? ConfigurationChecks.RuleProblems(row, context.SystemService)
            : ConfigurationChecks.SettingsProblems(row, context.SystemService);
        if (problems.Count > 0)
        {
            var name = row.GetAttributeValue<string>(rule ? ScoringRuleColumns.Name : FunnelSettingsColumns.Name);
            throw new InvalidPluginExecutionException("Cannot save " + (rule ? "scoring rule" : "funnel settings") + " '" + (name ?? "(no name)") + "': " + string.Join(" ", problems));
        }

        ConfigurationCache.Invalidate(context.Context.OrganizationId);
        context.Trace("The {0} '{1}' checks out; the configuration is loaded again on next use.", row.LogicalName, row.Id);
    }
}
