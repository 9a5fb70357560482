using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Configuration;

public class ConfigurationCheckTests
{
    private static Entity Rule(string id, string condition, decimal points = 10m) => new(Tables.ScoringRule)
    {
        [ScoringRuleColumns.Name] = "Rule " + id,
        [ScoringRuleColumns.RuleId] = id,
        [ScoringRuleColumns.Kind] = new OptionSetValue(ScoringRuleKindOption.Behaviour),
        [ScoringRuleColumns.Condition] = condition,
        [ScoringRuleColumns.Points] = points,
        [ScoringRuleColumns.IsActive] = true,
    };

    private static Entity Settings(int timeZoneCode) => new(Tables.FunnelSettings)
    {
        [FunnelSettingsColumns.Name] = "Funnel settings",
        [FunnelSettingsColumns.TimeZoneCode] = timeZoneCode,
    };

    /// <summary>A broken rule as a data migration that bypasses custom logic leaves it, once the cached configuration expired.</summary>
    private static void SaveBrokenRulePastTheCheck(FunnelOrganization crm)
    {
        var request = new CreateRequest { Target = Rule("web-visit", "table=fcm_interaction") };
        request.Parameters["BypassCustomPluginExecution"] = true;
        crm.System.Execute(request);
        crm.Organization.Clock.Advance(ConfigurationCache.TimeToLive);
    }

    private static int ReadsOfRules(FunnelOrganization crm) =>
        crm.Organization.Executions.Where(e => e.Handler.EndsWith(nameof(ActivityScoringPlugin), StringComparison.Ordinal))
            .Sum(e => e.ServiceCalls.TryGetValue("RetrieveMultiple", out var n) ? n : 0);

    [Fact]
    public void ConfigurationCheck_RuleWhoseConditionIsNotJson_IsRefusedNamingTheRuleAndTheField()
    {
        var crm = new FunnelOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(Rule("web-visit", "table=fcm_interaction")));

        Assert.StartsWith("Cannot save scoring rule 'Rule web-visit': Rule 'web-visit': field 'fcm_condition' must be a JSON object", refusal.Message);
        Assert.Empty(crm.System.RetrieveMultiple(new QueryExpression(Tables.ScoringRule)).Entities);
    }

    [Fact]
    public void ConfigurationCheck_RuleOnATableScoringDoesNotKnow_IsRefusedNamingTheRule()
    {
        var crm = new FunnelOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(Rule("fax", "{\"table\":\"fax\"}")));

        Assert.Contains("'fax'", refusal.Message);
        Assert.Contains("table", refusal.Message);
    }

    [Fact]
    public void ConfigurationCheck_RuleIdUsedByAnotherActiveRule_IsRefused()
    {
        var crm = new FunnelOrganization();
        crm.System.Create(Rule("web-visit", "{\"table\":\"fcm_interaction\",\"subtype\":\"webvisit\"}"));

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(Rule("web-visit", "{\"table\":\"fcm_interaction\",\"subtype\":\"download\"}")));

        Assert.Contains("field 'fcm_ruleid' is already used by another active rule", refusal.Message);
    }

    [Fact]
    public void ConfigurationCheck_BrokenRule_CanBeSwitchedOff()
    {
        var crm = new FunnelOrganization();
        SaveBrokenRulePastTheCheck(crm);
        var rule = crm.System.RetrieveMultiple(new QueryExpression(Tables.ScoringRule)).Entities.Single();

        crm.System.Update(new Entity(Tables.ScoringRule, rule.Id) { [ScoringRuleColumns.IsActive] = false });

        Assert.False(crm.System.Retrieve(Tables.ScoringRule, rule.Id, new ColumnSet(ScoringRuleColumns.IsActive)).GetAttributeValue<bool>(ScoringRuleColumns.IsActive));
    }

    [Fact]
    public void ConfigurationCheck_SettingsWithATimeZoneCodeTheOrganizationDoesNotKnow_IsRefusedNamingTheField()
    {
        var crm = new FunnelOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(Settings(999)));

        Assert.Contains("field 'fcm_timezonecode' holds 999", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ConfigurationCheck_SecondSettingsRow_IsRefused()
    {
        var crm = new FunnelOrganization();
        crm.System.Create(Settings(110));

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(Settings(85)));

        Assert.Contains("There is one funnel settings row", refusal.Message);
    }

    [Fact]
    public void TimeZones_EveryCodeOfTheOrganization_ResolvesThroughTheSettings()
    {
        var crm = new FunnelOrganization();
        var settingsId = crm.System.Create(Settings(110));
        var codes = crm.System.RetrieveMultiple(new QueryExpression("timezonedefinition") { ColumnSet = new ColumnSet("timezonecode") })
            .Entities.Select(e => e.GetAttributeValue<int>("timezonecode")).ToList();

        var unresolved = new List<string>();
        foreach (var code in codes)
        {
            crm.System.Update(new Entity(Tables.FunnelSettings, settingsId) { [FunnelSettingsColumns.TimeZoneCode] = code });
            var zone = ConfigurationLoader.Load(crm.System).Settings.TimeZone;
            if (zone != TimeZoneRows.Zones[code])
            {
                unresolved.Add(code + " -> " + zone);
            }
        }

        Assert.Equal(TimeZoneRows.Zones.Count, codes.Count);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void ActivityScoring_ConfigurationBrokenPastTheCheck_TheActivitySavesUnscoredAndTheLeadStays()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        SaveBrokenRulePastTheCheck(crm);

        var interactionId = crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        Assert.Null(crm.Activity(Tables.Interaction, interactionId).GetAttributeValue<string>(ActivityStampColumns.ModelVersion));
        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score));
        var trace = crm.Organization.Executions.Last(e => e.Handler.EndsWith(nameof(ActivityScoringPlugin), StringComparison.Ordinal)).Trace;
        Assert.Contains("Rule 'web-visit': field 'fcm_condition'", trace);
    }

    [Fact]
    public void LeadProfile_ConfigurationBrokenPastTheCheck_TheLeadSavesUnscoredOutsideTheFunnel()
    {
        var crm = new FunnelOrganization();
        SaveBrokenRulePastTheCheck(crm);

        var leadId = crm.CreateLead();

        Assert.Null(crm.Stage(leadId));
        Assert.Empty(crm.Transitions(leadId));
    }

    [Fact]
    public void ConfigurationCache_BrokenConfiguration_IsReadOnceAMinuteNotOnEveryActivity()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        SaveBrokenRulePastTheCheck(crm);
        crm.Organization.ResetDiagnostics();

        crm.AddInteraction(leadId, InteractionTypeOption.WebVisit);
        crm.AddInteraction(leadId, InteractionTypeOption.WebVisit);
        var withinAMinute = ReadsOfRules(crm);
        crm.Organization.Clock.Advance(TimeSpan.FromMinutes(1));
        crm.AddInteraction(leadId, InteractionTypeOption.WebVisit);

        Assert.Equal(2, withinAMinute);
        Assert.Equal(4, ReadsOfRules(crm));
    }
}
