using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Checks one scoring rule row or the settings row as it would be saved, so that a mistake is refused when an admin
/// makes it instead of stopping scoring later. Each problem names the rule and the field.
/// </summary>
public static class ConfigurationChecks
{
    /// <summary>What is wrong with an active rule row (empty when it is fine or inactive: an inactive rule is never used).</summary>
    public static IReadOnlyList<string> RuleProblems(Entity rule, IOrganizationService service)
    {
        if (rule.GetAttributeValue<bool?>(ScoringRuleColumns.IsActive) == false)
        {
            return new string[0];
        }

        var id = ScoringRuleRows.RuleId(rule);
        if (rule.GetAttributeValue<OptionSetValue>(ScoringRuleColumns.Kind) == null)
        {
            return new[] { "Rule '" + id + "': field 'fcm_kind' is required (behaviour, fit or negative)." };
        }

        var problems = Problems(() => ScoringRuleRows.Model(new[] { rule }));
        if (problems.Count == 0 && id.Length > 0 && IdTaken(rule, id, service))
        {
            problems.Add("Rule '" + id + "': field 'fcm_ruleid' is already used by another active rule.");
        }

        return problems;
    }

    /// <summary>What is wrong with the settings row; a second settings row is refused too.</summary>
    public static IReadOnlyList<string> SettingsProblems(Entity settings, IOrganizationService service)
    {
        var query = new QueryExpression(Tables.FunnelSettings) { ColumnSet = new ColumnSet(FunnelSettingsColumns.Name), TopCount = 1 };
        query.Criteria.AddCondition(FunnelSettingsColumns.Id, ConditionOperator.NotEqual, settings.Id);
        if (service.RetrieveMultiple(query).Entities.FirstOrDefault() is Entity other)
        {
            return new[] { "There is one funnel settings row: edit '" + other.GetAttributeValue<string>(FunnelSettingsColumns.Name) + "' instead of adding another." };
        }

        return Problems(() =>
        {
            var model = DefaultScoringModel.Create();
            FunnelSettingsRow.Apply(settings, model, new FunnelSettings(), code => TimeZoneDefinitions.WindowsId(service, code));
            ScoringModelValidator.EnsureValid(model);
            return model;
        });
    }

    private static List<string> Problems(Func<ScoringModel> build)
    {
        try
        {
            build();
            return new List<string>();
        }
        catch (ScoringModelException invalid)
        {
            return invalid.Problems.ToList();
        }
    }

    private static bool IdTaken(Entity rule, string id, IOrganizationService service)
    {
        var query = new QueryExpression(Tables.ScoringRule) { ColumnSet = new ColumnSet(ScoringRuleColumns.RuleId), TopCount = 1 };
        query.Criteria.AddCondition(ScoringRuleColumns.RuleId, ConditionOperator.Equal, id);
        query.Criteria.AddCondition(ScoringRuleColumns.IsActive, ConditionOperator.Equal, true);
        query.Criteria.AddCondition(ScoringRuleColumns.Id, ConditionOperator.NotEqual, rule.Id);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
