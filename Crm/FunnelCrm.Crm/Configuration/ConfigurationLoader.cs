using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Routing;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Reads the funnel's configuration from the fcm_funnelsettings row and the active fcm_scoringrule rows (two queries).
/// Without rule rows the built-in model applies; without a settings row the defaults do. A row that makes the model
/// invalid is refused with the rule and the field named.
/// </summary>
public static class ConfigurationLoader
{
    private const int RuleKindBehaviour = FunnelOptions.Base;
    private const int RuleKindFit = FunnelOptions.Base + 1;

    /// <summary>Loads the configuration with the given (SYSTEM) service.</summary>
    public static FunnelConfiguration Load(IOrganizationService service)
    {
        var settingsRow = service.RetrieveMultiple(new QueryExpression(Tables.FunnelSettings) { ColumnSet = new ColumnSet(true), TopCount = 1 })
            .Entities.FirstOrDefault();
        var ruleQuery = new QueryExpression(Tables.ScoringRule) { ColumnSet = new ColumnSet(true) };
        ruleQuery.Criteria.AddCondition(ScoringRuleColumns.IsActive, ConditionOperator.Equal, true);
        ruleQuery.AddOrder(ScoringRuleColumns.RuleId, OrderType.Ascending);
        var rules = service.RetrieveMultiple(ruleQuery).Entities;

        var model = rules.Count == 0 ? DefaultScoringModel.Create() : ScoringModelJson.Load(ModelJson(rules));
        var settings = new FunnelSettings();
        if (settingsRow != null)
        {
            Apply(settingsRow, model, settings);
        }

        var problems = ScoringModelValidator.Validate(model);
        if (problems.Count > 0)
        {
            throw new ScoringModelException(problems);
        }

        return new FunnelConfiguration(model, settings, settingsRow?.Id, settingsRow?.GetAttributeValue<int?>(FunnelSettingsColumns.RoundRobinIndex) ?? 0);
    }

    private static void Apply(Entity row, ScoringModel model, FunnelSettings settings)
    {
        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.MqlThreshold) is int threshold)
        {
            model.MqlThreshold = threshold;
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.MinimumFitScore) is int minimumFit)
        {
            model.MinimumFitForMql = minimumFit;
        }

        if (row.GetAttributeValue<decimal?>(FunnelSettingsColumns.HalfLifeDays) is decimal halfLife)
        {
            model.BehaviourHalfLifeDays = (double)halfLife;
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.ModelVersion) is { Length: > 0 } version)
        {
            model.Version = version;
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.GradeBands) is { Length: > 0 } bands)
        {
            model.Grades = GradeBandsText(bands);
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.AcceptSlaHours) is int acceptHours)
        {
            settings.Sla.MqlAcceptanceHours = acceptHours;
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.FollowUpSlaHours) is int followUpHours)
        {
            settings.Sla.WebinarFollowUpHours = followUpHours;
        }

        var zoneCode = row.GetAttributeValue<int?>(FunnelSettingsColumns.TimeZoneCode);
        if (zoneCode != null)
        {
            settings.TimeZone = zoneCode.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (row.GetAttributeValue<bool?>(FunnelSettingsColumns.BusinessHoursOnly) == true)
        {
            settings.Sla.BusinessHours = WorkingHoursText.Parse(
                row.GetAttributeValue<string>(FunnelSettingsColumns.WorkingHours),
                FunnelTimeZones.Find(settings.TimeZone));
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.SqlBantItems) is { Length: > 0 } sqlItems)
        {
            settings.Bant.RequiredForSql = BantItems(sqlItems, FunnelSettingsColumns.SqlBantItems);
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.OpportunityBantItems) is { Length: > 0 } opportunityItems)
        {
            settings.Bant.RequiredForOpportunity = BantItems(opportunityItems, FunnelSettingsColumns.OpportunityBantItems);
        }

        if (row.GetAttributeValue<OptionSetValue>(FunnelSettingsColumns.RoutingMode) is OptionSetValue mode)
        {
            settings.Routing.Mode = (RoutingMode)(mode.Value - FunnelOptions.Base);
        }

        settings.Routing.TeamId = row.GetAttributeValue<EntityReference>(FunnelSettingsColumns.RoutingTeamId)?.Id;
        if (row.GetAttributeValue<bool?>(FunnelSettingsColumns.RecycleOnSlaBreach) is bool recycle)
        {
            settings.RecycleOnSlaBreach = recycle;
        }

        if (row.GetAttributeValue<decimal?>(FunnelSettingsColumns.RecycleFactor) is decimal factor)
        {
            settings.RecycleBehaviourFactor = (double)factor;
        }
    }

    private static string ModelJson(IEnumerable<Entity> rules)
    {
        var behaviour = new List<string>();
        var fit = new List<string>();
        var negative = new List<string>();
        foreach (var rule in rules)
        {
            var kind = rule.GetAttributeValue<OptionSetValue>(ScoringRuleColumns.Kind)?.Value;
            var json = RuleJson(rule);
            (kind == RuleKindBehaviour ? behaviour : kind == RuleKindFit ? fit : negative).Add(json);
        }

        return "{\"version\":\"rules\",\"behaviourRules\":[" + string.Join(",", behaviour) + "],\"fitRules\":["
            + string.Join(",", fit) + "],\"negativeRules\":[" + string.Join(",", negative) + "]}";
    }

    private static string RuleJson(Entity rule)
    {
        var id = rule.GetAttributeValue<string>(ScoringRuleColumns.RuleId) ?? "";
        var condition = (rule.GetAttributeValue<string>(ScoringRuleColumns.Condition) ?? "").Trim();
        if (!condition.StartsWith("{", StringComparison.Ordinal) || !condition.EndsWith("}", StringComparison.Ordinal))
        {
            throw new ScoringModelException(new[] { "Rule '" + id + "': field 'fcm_condition' must be a JSON object such as {\"table\":\"fcm_interaction\",\"subtype\":\"webvisit\"}." });
        }

        var json = new StringBuilder("{\"id\":").Append(Quote(id))
            .Append(",\"description\":").Append(Quote(rule.GetAttributeValue<string>(ScoringRuleColumns.Name) ?? id));
        if (rule.GetAttributeValue<decimal?>(ScoringRuleColumns.Points) is decimal points)
        {
            json.Append(",\"points\":").Append(points.ToString(CultureInfo.InvariantCulture));
        }

        if (rule.GetAttributeValue<int?>(ScoringRuleColumns.FrequencyCap) is int cap)
        {
            json.Append(",\"capCount\":").Append(cap.ToString(CultureInfo.InvariantCulture));
        }

        var inner = condition.Substring(1, condition.Length - 2).Trim();
        if (inner.Length > 0)
        {
            json.Append(',').Append(inner);
        }

        return json.Append('}').ToString();
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c == '"' || c == '\\')
            {
                quoted.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }

    private static GradeBands GradeBandsText(string text)
    {
        var bands = new GradeBands();
        foreach (var part in text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !double.TryParse(pair[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new ScoringModelException(new[] { "Field '" + FunnelSettingsColumns.GradeBands + "' must read like A=40;B=20;C=0 (found '" + text + "')." });
            }

            switch (pair[0].Trim().ToUpperInvariant())
            {
                case "A": bands.A = value; break;
                case "B": bands.B = value; break;
                case "C": bands.C = value; break;
                default: throw new ScoringModelException(new[] { "Field '" + FunnelSettingsColumns.GradeBands + "' knows the grades A, B and C (found '" + pair[0].Trim() + "')." });
            }
        }

        return bands;
    }

    private static List<BantItem> BantItems(string text, string column)
    {
        var items = new List<BantItem>();
        foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse(part.Trim(), true, out BantItem item) || !Enum.IsDefined(typeof(BantItem), item))
            {
                throw new ScoringModelException(new[] { "Field '" + column + "' lists BANT items from Budget, Authority, Need, Timeline (found '" + part.Trim() + "')." });
            }

            items.Add(item);
        }

        return items;
    }
}
