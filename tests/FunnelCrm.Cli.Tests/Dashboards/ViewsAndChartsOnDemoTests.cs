using System;
using System.Linq;
using FunnelCrm.Emulator.Charts;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>Every view, chart and dashboard cell of Solution/ runs on the demo's organization, as the user it is for, and shows rows wherever the demo has them.</summary>
[Collection(DemoOrganizationCollection.Name)]
public sealed class ViewsAndChartsOnDemoTests(DemoOrganization demo)
{
    [Theory]
    [MemberData(nameof(SolutionQueries.Views), MemberType = typeof(SolutionQueries))]
    public void View_OnTheDemoOrganization_RunsAndShowsRowsWhereTheDemoHasThem(string name, Guid id)
    {
        var view = demo.Solution.View(id);

        var rows = demo.Run(view);

        var noData = demo.NoDataFor(view);
        Assert.True(noData == null ? rows.Count > 0 : rows.Count == 0,
            name + ": " + rows.Count + " rows, " + (noData ?? "and the demo has rows for it") + ".");
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Charts), MemberType = typeof(SolutionQueries))]
    public void Chart_OnTheDemoOrganization_ShowsAValueInEveryCategory(string name, Guid id)
    {
        var chart = demo.Solution.Chart(id);

        var data = ChartRunner.Run(demo.Organization, demo.Marketing, chart);

        Assert.True(data.Categories.Count > 0, name + " shows no category.");
        Assert.All(data.Categories, c => Assert.False(string.IsNullOrEmpty(c.Label), name + " has a category without a label."));
        Assert.All(data.Series, s => Assert.Equal(data.Categories.Count, s.Values.Count));
        Assert.All(data.Categories.Select((_, i) => i), i => Assert.Contains(data.Series, s => s.Values[i] != null));
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Cells), MemberType = typeof(SolutionQueries))]
    public void DashboardCell_AsTheUserOfItsView_ShowsItsChartOrItsRows(string dashboard, Guid dashboardId, string control)
    {
        var cell = demo.Solution.Dashboards.Single(d => d.Id == dashboardId).Cells.Single(c => c.ControlId == control);
        var view = demo.Solution.View(cell.ViewId);

        var shown = cell.ChartId is Guid chart
            ? ChartRunner.Run(demo.Organization, demo.UserFor(view), demo.Solution.Chart(chart), view).Categories.Count
            : demo.Run(view).Count;

        var noData = demo.NoDataFor(view);
        Assert.True(noData == null ? shown > 0 : shown == 0, dashboard + " / " + control + ": " + shown + " shown, " + (noData ?? "and the demo has rows for it") + ".");
    }
}
