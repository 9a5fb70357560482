using System;
using System.Linq;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>The views, charts and dashboard cells of Solution/ (as the CLI embeds it), as theory data: name and id.</summary>
public static class SolutionQueries
{
    public static readonly SolutionCharts Solution = SolutionCharts.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));

    public static TheoryData<string, Guid> Views => Data(Solution.Views.Select(v => (v.Table + ": " + English(v.Name), v.Id)));

    public static TheoryData<string, Guid> Charts => Data(Solution.Charts.Select(c => (c.Table + ": " + English(c.Name), c.Id)));

    public static TheoryData<string, Guid, string> Cells
    {
        get
        {
            var data = new TheoryData<string, Guid, string>();
            foreach (var dashboard in Solution.Dashboards)
            {
                foreach (var cell in dashboard.Cells)
                {
                    data.Add(English(dashboard.Name), dashboard.Id, cell.ControlId);
                }
            }

            return data;
        }
    }

    public static string English(LocalizedLabel label) => label.In(LocalizedLabel.BaseLanguage) ?? "";

    private static TheoryData<string, Guid> Data(System.Collections.Generic.IEnumerable<(string Name, Guid Id)> items)
    {
        var data = new TheoryData<string, Guid>();
        foreach (var (name, id) in items)
        {
            data.Add(name, id);
        }

        return data;
    }
}
