using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Turns fcm_scoringrule rows into the engine's scoring model (through its JSON format, so the rows obey the same
/// rules as a model file). A row that cannot be read is refused with the rule and the field named.
/// </summary>
public static class ScoringRuleRows
{
    private const int RuleKindBehaviour = FunnelOptions.Base;
    private const int RuleKindFit = FunnelOptions.Base + 1;

    /// <summary>The model the rows make (not yet validated as a whole).</summary>
    public static ScoringModel Model(IReadOnlyList<Entity> rules)
    {
        try
        {
            return ScoringModelJson.Load(ModelJson(rules));
        }
        catch (ScoringModelException unreadable) when (unreadable.InnerException != null && rules.Any(rule => !Reads(rule)))
        {
            var culprit = rules.First(rule => !Reads(rule));
            throw new ScoringModelException(new[] { "Rule '" + RuleId(culprit) + "': field 'fcm_condition' does not read as a condition (" + unreadable.Message + ")." });
        }
    }

    private static bool Reads(Entity rule)
    {
        try
        {
            ScoringModelJson.Load(ModelJson(new[] { rule }));
            return true;
        }
        catch (ScoringModelException unreadable) when (unreadable.InnerException != null)
        {
            return false;
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

    /// <summary>The rule id a row carries (fcm_ruleid), or an empty string.</summary>
    public static string RuleId(Entity rule) => rule.GetAttributeValue<string>(ScoringRuleColumns.RuleId) ?? "";

    private static string RuleJson(Entity rule)
    {
        var id = RuleId(rule);
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
}
