using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Reads the funnel's configuration from the fcm_funnelsettings row and the active fcm_scoringrule rows (two queries,
/// and a third for the settings' time zone code). Without rule rows the built-in model applies; without a settings row
/// the defaults do. A configuration that cannot be used fails with <see cref="FunnelConfigurationException"/>, naming
/// the rule and the field.
/// </summary>
public static class ConfigurationLoader
{
    /// <summary>Loads the configuration with the given (SYSTEM) service.</summary>
    public static FunnelConfiguration Load(IOrganizationService service)
    {
        var settingsRow = service.RetrieveMultiple(new QueryExpression(Tables.FunnelSettings) { ColumnSet = new ColumnSet(true), TopCount = 1 })
            .Entities.FirstOrDefault();
        var ruleQuery = new QueryExpression(Tables.ScoringRule) { ColumnSet = new ColumnSet(true) };
        ruleQuery.Criteria.AddCondition(ScoringRuleColumns.IsActive, ConditionOperator.Equal, true);
        ruleQuery.AddOrder(ScoringRuleColumns.RuleId, OrderType.Ascending);
        var rules = service.RetrieveMultiple(ruleQuery).Entities;
        try
        {
            var model = rules.Count == 0 ? DefaultScoringModel.Create() : ScoringRuleRows.Model(rules);
            var settings = new FunnelSettings();
            if (settingsRow != null)
            {
                FunnelSettingsRow.Apply(settingsRow, model, settings, code => TimeZoneDefinitions.WindowsId(service, code));
            }

            var problems = ScoringModelValidator.Validate(model);
            if (problems.Count > 0)
            {
                throw new ScoringModelException(problems);
            }

            return new FunnelConfiguration(model, settings, settingsRow?.Id, settingsRow?.GetAttributeValue<int?>(FunnelSettingsColumns.RoundRobinIndex) ?? 0);
        }
        catch (ScoringModelException invalid)
        {
            throw new FunnelConfigurationException(invalid.Problems, invalid);
        }
    }
}
