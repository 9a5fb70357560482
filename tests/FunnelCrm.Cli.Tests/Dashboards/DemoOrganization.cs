using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.SolutionLayout;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>
/// One small demo run (300 leads over 14 months) shared by the tests of the solution's views and charts: the organization
/// after it, looked at on the demo's last day; the solution's views, charts and dashboards; the users they are for (a
/// rep who owns open MQLs and SALs, a FunnelCrm Marketing user); and what <c>funnelcrm report</c> says about the
/// transitions the demo exports.
/// </summary>
public sealed class DemoOrganization
{
    /// <summary>When the views run: noon of the demo's last day.</summary>
    public static readonly DateTime LastDay = DemoScenario.End.AddHours(-12);

    public DemoOrganization()
    {
        var result = new DemoSimulation(new DemoScenario(300, 14, 42), TextWriter.Null).Run();
        Organization = result.Organization;
        Organization.Clock.Set(LastDay);
        Solution = SolutionCharts.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));
        var export = CliRun.TempFolder();
        DemoExport.Write(TextWriter.Null, result, export);
        Transitions = Path.Combine(export, "transitions.csv");
        Marketing = Organization.AddUser("Marketing Lead", SecurityRoles.MarketingName);
        Organization.AddToFieldSecurityProfile(FieldSecurityProfiles.FunnelReadersName, new EntityReference(Tables.SystemUser, Marketing));
        Leads = Organization.CreateService().RetrieveMultiple(new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(true) }).Entities.ToList();
        Rep = Leads.Where(l => l.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value is FunnelStageOption.Mql or FunnelStageOption.Sal)
            .GroupBy(l => l.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id)
            .OrderByDescending(g => g.Select(l => l.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value).Distinct().Count())
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        Report = ReportFigures.Of(Transitions);
        var windowStart = LastDay.Date.AddMonths(-12);
        TwelveMonthsFrom = new DateTime(windowStart.Year, windowStart.Month, 1).AddMonths(windowStart.Day == 1 ? 0 : 1);
        LastTwelveMonths = ReportFigures.Of(Transitions, "--from", TwelveMonthsFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public Organization Organization { get; }

    public SolutionCharts Solution { get; }

    /// <summary>The demo's transitions.csv (what <c>demo --export</c> writes).</summary>
    public string Transitions { get; }

    /// <summary>Every lead with all its columns.</summary>
    public IReadOnlyList<Entity> Leads { get; }

    /// <summary>The rep who owns open MQLs and SALs (the most of them among such reps): the user the "My ..." views run as.</summary>
    public Guid Rep { get; }

    /// <summary>A FunnelCrm Marketing user: every other view, every chart and the marketing dashboard run as them.</summary>
    public Guid Marketing { get; }

    /// <summary><c>funnelcrm report --period month</c> on the exported transitions.</summary>
    public ReportFigures Report { get; }

    /// <summary>The first month the "Monthly snapshots, last 12 months" view shows on <see cref="LastDay"/>.</summary>
    public DateTime TwelveMonthsFrom { get; }

    /// <summary>The same report from <see cref="TwelveMonthsFrom"/> on.</summary>
    public ReportFigures LastTwelveMonths { get; }

    /// <summary>The user a view is meant for: the rep for the views of the user's own rows (eq-userid), marketing otherwise.</summary>
    public Guid UserFor(ViewDefinition view) =>
        view.Fetch.Descendants("condition").Any(c => (string?)c.Attribute("operator") == "eq-userid") ? Rep : Marketing;

    /// <summary>The rows a view shows as its user: a quick find view searched for the first two letters of a row's name.</summary>
    public IReadOnlyList<Entity> Run(ViewDefinition view) =>
        Organization.CreateService(UserFor(view)).RetrieveMultiple(new FetchExpression(view.FetchXml(view.IsQuickFind ? SearchText(view.Table) : ""))).Entities;

    /// <summary>
    /// Why the demo has no rows for a view, checked without the view: the demo writes no row of its table, deactivates none
    /// of them, or leaves no open MQL or SAL of the view's user with an SLA falling due on <see cref="LastDay"/>. Null: the
    /// demo has rows for it.
    /// </summary>
    public string? NoDataFor(ViewDefinition view)
    {
        var rows = Organization.CreateService().RetrieveMultiple(new QueryExpression(view.Table) { ColumnSet = new ColumnSet(true) }).Entities;
        var conditions = view.Fetch.Descendants("condition").ToList();
        if (rows.Count == 0)
        {
            return "the demo writes no " + view.Table + " row";
        }

        if (conditions.Any(c => Is(c, "statecode", "eq", "1")) && rows.All(r => r.GetAttributeValue<OptionSetValue>("statecode")?.Value != 1))
        {
            return "the demo deactivates no " + view.Table + " row";
        }

        if (conditions.Any(c => Is(c, LeadColumns.SlaDueOn, "today", null))
            && !Leads.Any(l => l.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id == UserFor(view)
                && l.GetAttributeValue<OptionSetValue>("statecode").Value == 0
                && l.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value is FunnelStageOption.Mql or FunnelStageOption.Sal
                && l.GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn)?.Date == LastDay.Date))
        {
            return "no open MQL or SAL of the rep has its SLA due on " + LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    private string SearchText(string table)
    {
        var name = Organization.Metadata.GetTable(table).PrimaryNameColumn!;
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(name), TopCount = 1 };
        query.Criteria.AddCondition(name, ConditionOperator.NotNull);
        var first = Organization.CreateService().RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<string>(name);
        return first == null ? "" : first.Substring(0, Math.Min(2, first.Length));
    }

    private static bool Is(XElement condition, string attribute, string op, string? value) =>
        (string?)condition.Attribute("attribute") == attribute && (string?)condition.Attribute("operator") == op
        && (value == null || (string?)condition.Attribute("value") == value);
}
