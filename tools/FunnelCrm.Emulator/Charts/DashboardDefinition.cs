using System;
using System.Collections.Generic;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.Charts;

/// <summary>A dashboard of a solution: its names, its FormXml and the charts and grids its cells show.</summary>
public sealed class DashboardDefinition
{
    internal DashboardDefinition(Guid id, LocalizedLabel name, LocalizedLabel description, XElement formXml, IReadOnlyList<DashboardCell> cells)
    {
        Id = id;
        Name = name;
        Description = description;
        FormXml = formXml;
        Cells = cells;
    }

    /// <summary>The dashboard's form id.</summary>
    public Guid Id { get; }

    /// <summary>The dashboard's name.</summary>
    public LocalizedLabel Name { get; }

    /// <summary>The dashboard's description.</summary>
    public LocalizedLabel Description { get; }

    /// <summary>The dashboard's FormXml (tabs, sections, rows, cells), for laying the cells out.</summary>
    public XElement FormXml { get; }

    /// <summary>The cells that show a chart or a grid, in document order.</summary>
    public IReadOnlyList<DashboardCell> Cells { get; }
}

/// <summary>One dashboard cell showing a view as a chart (with its chart) or as a grid.</summary>
public sealed class DashboardCell
{
    internal DashboardCell(string controlId, LocalizedLabel label, string table, Guid viewId, Guid? chartId, string mode, XElement cell)
    {
        ControlId = controlId;
        Label = label;
        Table = table;
        ViewId = viewId;
        ChartId = chartId;
        Mode = mode;
        Cell = cell;
    }

    /// <summary>The control's id in the FormXml.</summary>
    public string ControlId { get; }

    /// <summary>The cell's label.</summary>
    public LocalizedLabel Label { get; }

    /// <summary>The table the control shows.</summary>
    public string Table { get; }

    /// <summary>The view whose rows the control shows (and whose filter applies to the chart).</summary>
    public Guid ViewId { get; }

    /// <summary>The chart, when the control shows one.</summary>
    public Guid? ChartId { get; }

    /// <summary>The control's ChartGridMode: Chart, Grid or All.</summary>
    public string Mode { get; }

    /// <summary>The FormXml cell element (colspan, rowspan, position among its row's cells).</summary>
    public XElement Cell { get; }
}
