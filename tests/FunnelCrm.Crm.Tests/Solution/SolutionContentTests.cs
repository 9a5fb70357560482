using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Crm.Tests.Solution;

public class SolutionContentTests
{
    private static XElement Root => SolutionFiles.Customizations.Root!;

    [Fact]
    public void LeadStageTransitionRelationship_DeletingALead_DeletesItsTransitions()
    {
        var relationship = Root.Descendants("EntityRelationship").Single(r => (string?)r.Attribute("Name") == Relationships.LeadStageTransitions);

        Assert.Equal("Cascade", relationship.Element("CascadeDelete")!.Value);
        Assert.Equal(StageTransitionColumns.LeadId, relationship.Element("ReferencingAttributeName")!.Value, ignoreCase: true);
    }

    [Fact]
    public void LeadBookkeepingColumns_RewrittenByEveryScoredActivity_AreNotAuditedWhileScoreAndStageAre()
    {
        string Audit(string column) => SolutionFiles.ColumnDefinitions(Tables.Lead)
            .Single(a => a.Element("LogicalName")!.Value == column).Element("IsAuditEnabled")!.Value;

        Assert.Equal(new[] { "0", "0", "0" }, new[] { LeadColumns.ScoreExplanation, LeadColumns.CapWindows, LeadColumns.TopContributions }.Select(Audit));
        Assert.Equal(new[] { "1", "1" }, new[] { LeadColumns.Score, LeadColumns.Stage }.Select(Audit));
    }

    [Fact]
    public void Lookups_EveryFunnelLookup_HasARelationship()
    {
        var lookups = Root.Element("Entities")!.Elements("Entity")
            .SelectMany(e => e.Descendants("attribute").Where(a => a.Element("Type")?.Value == "lookup" && a.Element("IsCustomField")?.Value == "1"))
            .Select(a => a.Element("LogicalName")!.Value).ToList();
        var referencing = Root.Descendants("ReferencingAttributeName").Select(r => r.Value.ToLowerInvariant()).ToHashSet();

        Assert.NotEmpty(lookups);
        Assert.All(lookups, l => Assert.Contains(l, referencing));
    }

    [Fact]
    public void LeadRepForm_ForTheFunnelCrmRoles_IsFirstInFormOrder()
    {
        var form = SolutionFiles.Table(Tables.Lead)!.Descendants("systemform").Single();
        var conditions = form.Descendants("DisplayConditions").Single();

        Assert.Equal("0", (string?)conditions.Attribute("Order"));
        Assert.Equal(
            new[] { SecurityRoles.AdminId, SecurityRoles.MarketingId, SecurityRoles.SalesRepId }.OrderBy(id => id),
            conditions.Elements("Role").Select(r => (string)r.Attribute("Id")!).OrderBy(id => id));
    }

    [Fact]
    public void LeadRepForm_FunnelSection_ShowsScoreStageSlaAndBant()
    {
        var form = SolutionFiles.Table(Tables.Lead)!.Descendants("systemform").Single();
        var fields = form.Descendants("control").Select(c => (string?)c.Attribute("datafieldname")).ToHashSet();

        Assert.Superset(new[]
        {
            LeadColumns.Score, LeadColumns.Grade, LeadColumns.Stage, LeadColumns.StageTrigger, LeadColumns.StageReason, LeadColumns.ScoreExplanation,
            LeadColumns.SlaDueOn, LeadColumns.RejectionReason, LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus,
            LeadStandardColumns.DecisionMaker, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe,
        }.ToHashSet<string?>(), fields);
    }

    [Fact]
    public void LeadToOpportunityMap_EveryMappedColumn_ExistsOnBothSidesWithTheSameType()
    {
        var map = Root.Element("EntityMaps")!.Elements("EntityMap").Single(m => m.Element("EntitySource")!.Value == Tables.Lead && m.Element("EntityTarget")!.Value == Tables.Opportunity);
        string TypeOf(string table, string column) => SolutionFiles.ColumnDefinitions(table).Single(a => a.Element("LogicalName")!.Value == column).Element("Type")!.Value;

        var pairs = map.Descendants("AttributeMap").Select(m => (Source: m.Element("AttributeSource")!.Value, Target: m.Element("AttributeTarget")!.Value)).ToList();

        Assert.Contains((LeadColumns.Score, OpportunityColumns.LeadScore), pairs);
        Assert.Contains((LeadColumns.MqlOn, OpportunityColumns.MqlOn), pairs);
        Assert.All(pairs, p => Assert.Equal(TypeOf(Tables.Lead, p.Source), TypeOf(Tables.Opportunity, p.Target)));
    }

    [Fact]
    public void OptionValues_EveryGlobalChoice_CarriesThePublisherOptionValuePrefix()
    {
        var values = Root.Element("optionsets")!.Descendants("option").Select(o => (int)o.Attribute("value")!).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(74210, v / 10000));
    }

    [Fact]
    public void CustomNames_TablesColumnsChoicesRelationshipsAndKeys_CarryThePublisherPrefix()
    {
        var names = Root.Element("optionsets")!.Elements("optionset").Select(o => (string)o.Attribute("Name")!)
            .Concat(Root.Descendants("EntityRelationship").Select(r => (string)r.Attribute("Name")!))
            .Concat(Root.Descendants("EntityKey").Select(k => k.Element("LogicalName")!.Value))
            .Concat(Root.Descendants("attribute").Where(a => a.Element("IsCustomField")?.Value == "1").Select(a => a.Element("LogicalName")!.Value))
            .Concat(SolutionFiles.Manifest.Descendants("RootComponent").Where(r => (string?)r.Attribute("behavior") == "0" && (string?)r.Attribute("type") == "1").Select(r => (string)r.Attribute("schemaName")!))
            .ToList();

        Assert.All(names, n => Assert.StartsWith("fcm_", n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Languages_ListEnglishAndGermanLikeEveryLabel()
    {
        var languages = Root.Element("Languages")!.Elements("Language").Select(l => l.Value);

        Assert.Equal(new[] { "1033", "1031" }, languages);
    }

    [Fact]
    public void InteractionTable_IsAnActivityShownInActivityMenus()
    {
        var entity = SolutionFiles.Table(Tables.Interaction)!.Element("EntityInfo")!.Element("entity")!;

        Assert.Equal(("1", "1"), (entity.Element("IsActivity")!.Value, entity.Element("ActivityTypeMask")!.Value));
    }

    [Fact]
    public void Labels_EveryLabelSet_HasEnglishAndGerman()
    {
        static string? Language(XElement label) => (string?)label.Attribute("languagecode") ?? (string?)label.Attribute("LCID");
        var sets = Root.Descendants().Where(e => e.Elements().Any(c => Language(c) != null)).ToList();

        var incomplete = sets.Where(s => !new[] { "1033", "1031" }.All(lcid => s.Elements().Any(c => Language(c) == lcid)))
            .Select(s => $"{s.Parent?.Name}/{s.Name} at line {((System.Xml.IXmlLineInfo)s).LineNumber}").ToList();

        Assert.NotEmpty(sets);
        Assert.Empty(incomplete);
    }

    [Fact]
    public void Views_EveryColumnOfAFunnelTableTheyName_Exists()
    {
        var problems = Root.Descendants("fetch").SelectMany(f =>
        {
            var entity = f.Element("entity")!;
            var table = (string)entity.Attribute("name")!;
            var columns = SolutionFiles.Columns(table);
            return entity.Descendants().Select(e => (string?)e.Attribute("attribute") ?? (e.Name == "attribute" ? (string?)e.Attribute("name") : null))
                .Where(c => c != null && (table.StartsWith("fcm_", StringComparison.Ordinal) || c.StartsWith("fcm_", StringComparison.Ordinal)) && !columns.Contains(c))
                .Select(c => $"{table}.{c}");
        }).ToList();

        Assert.Empty(problems);
    }
}
