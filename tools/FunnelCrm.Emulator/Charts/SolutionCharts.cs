using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Emulator.Charts;

/// <summary>The views, charts and dashboards a solution carries, read from its customizations (the unpacked layout assembled).</summary>
public sealed class SolutionCharts
{
    private SolutionCharts(IReadOnlyList<ViewDefinition> views, IReadOnlyList<ChartDefinition> charts, IReadOnlyList<DashboardDefinition> dashboards)
    {
        Views = views;
        Charts = charts;
        Dashboards = dashboards;
    }

    /// <summary>Every system view, in file order.</summary>
    public IReadOnlyList<ViewDefinition> Views { get; }

    /// <summary>Every system chart, in file order.</summary>
    public IReadOnlyList<ChartDefinition> Charts { get; }

    /// <summary>Every dashboard, in file order.</summary>
    public IReadOnlyList<DashboardDefinition> Dashboards { get; }

    /// <summary>Reads the solution source in <paramref name="folder"/> (Solution/ of the repository).</summary>
    public static SolutionCharts Load(string folder) => Read(UnpackedSolution.Load(folder).Customizations);

    /// <summary>Reads the solution source in <paramref name="files"/> (e.g. the layout embedded in an assembly).</summary>
    public static SolutionCharts Load(ILayoutFiles files) => Read(UnpackedSolution.Load(files).Customizations);

    /// <summary>Reads a customizations document.</summary>
    public static SolutionCharts Read(XDocument customizations)
    {
        var root = customizations.Root ?? throw new ArgumentException("The customizations have no root element.", nameof(customizations));
        var entities = root.Elements("Entities").Elements("Entity").ToList();
        var views = entities.SelectMany(e => e.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery").Select(v => View(Table(e), v))).ToList();
        var charts = entities.SelectMany(e => e.Elements("Visualizations").Elements("visualization").Select(c => Chart(Table(e), c))).ToList();
        var dashboards = root.Elements("Dashboards").Elements("Dashboard").Select(Dashboard).ToList();
        return new SolutionCharts(views, charts, dashboards);
    }

    /// <summary>The view with that id; an unknown id fails naming it.</summary>
    public ViewDefinition View(Guid id) =>
        Views.FirstOrDefault(v => v.Id == id) ?? throw new KeyNotFoundException("The solution has no view " + id.ToString("B") + ".");

    /// <summary>The chart with that id; an unknown id fails naming it.</summary>
    public ChartDefinition Chart(Guid id) =>
        Charts.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException("The solution has no chart " + id.ToString("B") + ".");

    private static string Table(XElement entity) => (entity.Element("Name")?.Value.Trim() ?? "").ToLowerInvariant();

    private static ViewDefinition View(string table, XElement view) =>
        new(Guid.Parse(Text(view, "savedqueryid")), table, Names(view, "LocalizedNames"), Names(view, "Descriptions"),
            int.Parse(Text(view, "querytype"), NumberStyles.Integer, CultureInfo.InvariantCulture),
            view.Element("fetchxml")?.Element("fetch") ?? throw Missing(view, "fetchxml/fetch"), Where(view));

    private static ChartDefinition Chart(string table, XElement chart)
    {
        var definition = chart.Element("datadescription")?.Element("datadefinition") ?? throw Missing(chart, "datadescription/datadefinition");
        var fetch = definition.Element("fetchcollection")?.Element("fetch") ?? throw Missing(chart, "fetchcollection/fetch");
        var category = definition.Element("categorycollection")?.Element("category") ?? throw Missing(chart, "categorycollection/category");
        var measures = category.Elements("measurecollection").Select(m => (string?)m.Element("measure")?.Attribute("alias") ?? throw Missing(m, "measure/@alias")).ToList();
        var presentation = chart.Element("presentationdescription")?.Element("Chart");
        var types = presentation?.Element("Series")?.Elements("Series").Select(s => (string?)s.Attribute("ChartType") ?? "Column").ToList() ?? new List<string>();
        return new ChartDefinition(Guid.Parse(Text(chart, "savedqueryvisualizationid")), table, Names(chart, "LocalizedNames"), Names(chart, "Descriptions"),
            fetch, (string?)category.Attribute("alias"), measures, types.Count == 0 ? new[] { "Column" } : types, presentation, Where(chart));
    }

    private static DashboardDefinition Dashboard(XElement dashboard)
    {
        var form = dashboard.Element("FormXml") ?? throw Missing(dashboard, "FormXml");
        var cells = form.Descendants("cell")
            .Select(cell => (Cell: cell, Parameters: cell.Element("control")?.Element("parameters")))
            .Where(c => c.Parameters?.Element("ViewId") != null)
            .Select(c => new DashboardCell((string?)c.Cell.Element("control")!.Attribute("id") ?? "", LocalizedLabel.Read(c.Cell.Element("labels")),
                Text(c.Parameters, "TargetEntityType").ToLowerInvariant(), Guid.Parse(Text(c.Parameters, "ViewId")),
                Text(c.Parameters, "VisualizationId") is { Length: > 0 } chart ? Guid.Parse(chart) : null,
                Text(c.Parameters, "ChartGridMode") is { Length: > 0 } mode ? mode : "Grid", c.Cell))
            .ToList();
        return new DashboardDefinition(Guid.Parse(Text(dashboard, "FormId")), Names(dashboard, "LocalizedNames"), Names(dashboard, "Descriptions"), form, cells);
    }

    private static LocalizedLabel Names(XElement element, string child) => LocalizedLabel.Read(element.Element(child));

    private static string Text(XElement? element, string child) => element?.Element(child)?.Value.Trim() ?? "";

    private static string Where(XElement element) => SourceLocation.Of(element) ?? element.Name.LocalName;

    private static InvalidOperationException Missing(XElement element, string what) =>
        new(Where(element) + ": the " + element.Name.LocalName + " has no " + what + ".");
}
