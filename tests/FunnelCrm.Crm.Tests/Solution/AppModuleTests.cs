using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Crm.Tests.Solution;

public class AppModuleTests
{
    private const string AppName = "fcm_FunnelPerformance";

    private static XElement Root => SolutionFiles.Customizations.Root!;

    private static XElement App => Root.Element("AppModules")!.Elements("AppModule").Single(a => a.Element("UniqueName")!.Value == AppName);

    private static XElement SiteMap => Root.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap").Single(s => s.Element("SiteMapUniqueName")!.Value == AppName).Element("SiteMap")!;

    private static HashSet<string> Ids(string element) => Root.Descendants(element).Select(e => e.Value.ToLowerInvariant()).ToHashSet();

    [Fact]
    public void AppRoles_AreTheThreeFunnelCrmRoles()
    {
        var roles = App.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => (string)r.Attribute("id")!).OrderBy(x => x);

        Assert.Equal(new[] { SecurityRoles.AdminId, SecurityRoles.MarketingId, SecurityRoles.SalesRepId }.OrderBy(x => x), roles);
    }

    [Fact]
    public void AppComponents_Every_ResolvesToAComponentOfTheSolution()
    {
        var forms = Ids("formid").Concat(Ids("FormId")).ToHashSet();
        var views = Ids("savedqueryid");
        var charts = Ids("savedqueryvisualizationid");
        var tables = Root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant()).ToHashSet();
        bool Resolves(XElement c) => (string)c.Attribute("type")! switch
        {
            "1" => tables.Contains((string)c.Attribute("schemaName")!),
            "26" => views.Contains((string)c.Attribute("id")!),
            "59" => charts.Contains((string)c.Attribute("id")!),
            "60" => forms.Contains((string)c.Attribute("id")!),
            "62" => (string)c.Attribute("schemaName")! == AppName,
            _ => false,
        };

        var unresolved = App.Descendants("AppModuleComponent").Where(c => !Resolves(c)).Select(c => c.ToString()).ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void SiteMap_EveryDashboardAndFunnelTable_IsReachable()
    {
        var subAreas = SiteMap.Descendants("SubArea").ToList();
        var entities = subAreas.Select(s => (string?)s.Attribute("Entity")).Where(e => e != null).ToHashSet();
        var dashboards = subAreas.Select(s => (string?)s.Attribute("DefaultDashboard")).OfType<string>().Select(Guid.Parse).ToHashSet();

        Assert.Superset(new[] { Tables.ScoringRule, Tables.FunnelSettings, Tables.StageTransition, Tables.FunnelSnapshot, Tables.Interaction, Tables.Lead, Tables.Opportunity }.ToHashSet<string?>(), entities);
        Assert.Equal(Root.Element("Dashboards")!.Elements("Dashboard").Select(d => Guid.Parse(d.Element("FormId")!.Value)).ToHashSet(), dashboards);
    }

    [Fact]
    public void SiteMap_DefaultDashboards_AreBareGuidsAsExportsWriteThem()
    {
        var dashboards = SiteMap.Descendants("SubArea").Select(s => (string?)s.Attribute("DefaultDashboard")).OfType<string>().ToList();

        Assert.NotEmpty(dashboards);
        Assert.All(dashboards, d => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", d));
    }

    [Fact]
    public void AppAndSiteMap_CarryTheStateNavigationAndSiteMapSettingsOf92Exports()
    {
        var siteMap = SiteMap.Parent!;

        var app = App.Elements().Select(e => e.Name.LocalName + "=" + e.Value).Take(9);
        var settings = siteMap.Elements().Skip(1).Take(4).Select(e => e.Name.LocalName + "=" + e.Value);

        Assert.Equal(new[] { "UniqueName=" + AppName, "IntroducedVersion=1.0.0.0", "WebResourceId=953b9fac-1e5e-e611-80d6-00155ded156f", "OptimizedFor=", "statecode=0", "statuscode=1", "FormFactor=1", "ClientType=4", "NavigationType=0" }, app);
        Assert.Equal(new[] { "EnableCollapsibleGroups=False", "ShowHome=True", "ShowPinned=True", "ShowRecents=True" }, settings);
    }

    [Fact]
    public void SiteMap_Areas_AreMarketingAndSales()
    {
        var areas = SiteMap.Elements("Area").Select(a => a.Element("Titles")!.Elements("Title").Single(t => (string?)t.Attribute("LCID") == "1033").Attribute("Title")!.Value);

        Assert.Equal(new[] { "Marketing", "Sales" }, areas);
    }

    [Fact]
    public void SiteMap_EveryTableEntry_IsATableOfTheApp()
    {
        var appTables = App.Descendants("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "1").Select(c => (string)c.Attribute("schemaName")!).ToHashSet();

        var outside = SiteMap.Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).Where(e => e != null && !appTables.Contains(e)).ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void AppLead_IncludesTheRepFormAndTheFunnelViews()
    {
        var lead = SolutionFiles.Table(Tables.Lead)!;
        var components = App.Descendants("AppModuleComponent").Select(c => ((string?)c.Attribute("id"))?.ToLowerInvariant()).ToHashSet();

        Assert.Contains(lead.Descendants("formid").Single().Value, components);
        Assert.All(lead.Descendants("savedqueryid"), v => Assert.Contains(v.Value, components));
        Assert.True(lead.Descendants("savedqueryid").Count() >= 5, "the rep views are missing");
    }
}
