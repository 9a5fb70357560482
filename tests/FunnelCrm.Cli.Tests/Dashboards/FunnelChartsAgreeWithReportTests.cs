using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.Funnel;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>
/// The funnel charts show what <c>funnelcrm report</c> computes from the demo's exported transitions, on their own and on
/// the Funnel performance dashboard (under the "Monthly snapshots, last 12 months" view); where a chart counts something
/// else, the number its description names.
/// </summary>
[Collection(DemoOrganizationCollection.Name)]
public sealed class FunnelChartsAgreeWithReportTests(DemoOrganization demo)
{
    private static readonly Guid MqlsPerMonth = new("44d9b6ba-9329-52a2-bc74-b7e7b07a7d75");
    private static readonly Guid LeadsByStage = new("7ddade78-bc87-51fe-a703-d48bbf07c15a");
    private static readonly Guid NetNewVolume = new("e947841b-2b52-5144-b404-0db20df3175e");
    private static readonly Guid Conversion = new("9c1d43e1-18c8-552b-9410-27b7dc8c5429");
    private static readonly Guid Velocity = new("8a9ae3c8-bdc9-5c36-9bd3-1fc2d51757ca");
    private static readonly Guid Bottleneck = new("b1e5d592-2e20-5d4c-b17b-90d283706e02");
    private static readonly Guid LastTwelveMonths = new("dc0616fb-4256-511b-967d-47bf1adae364");
    private static readonly string[] Progression = { "Known", "Engaged", "MQL", "SAL", "SQL", "Opportunity" };

    [Fact]
    public void MqlsPerMonth_CountsEachMonthsMqlCohort_OneLinePerYear()
    {
        var data = Run(MqlsPerMonth, onDashboard: false);

        var shown = data.Series.SelectMany(s => data.Categories.Select((c, i) => (Month: Convert.ToInt32(s.GroupValue, CultureInfo.InvariantCulture) + "-" + ((int)c.Value!).ToString("00", CultureInfo.InvariantCulture), Value: s.Values[i])))
            .Where(p => p.Value != null).ToDictionary(p => p.Month, p => (int)p.Value!.Value);
        var cohorts = demo.Report.Months.Where(m => m.Value["MQL"].Volume > 0).ToDictionary(m => m.Key, m => m.Value["MQL"].Volume);
        Assert.Equal(cohorts.OrderBy(c => c.Key), shown.OrderBy(s => s.Key));
        Assert.Equal(cohorts.Keys.Select(k => k[..4]).Distinct().Count(), data.Series.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NetNewVolume_PerStage_IsTheReportsCohortVolume(bool onDashboard)
    {
        var data = Run(NetNewVolume, onDashboard);

        var report = onDashboard ? demo.LastTwelveMonths : demo.Report;
        Assert.Equal(report.Overall.Where(s => s.Value.Volume > 0).ToDictionary(s => s.Key, s => (decimal)s.Value.Volume).OrderBy(s => s.Key), ByStage(data).OrderBy(s => s.Key));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ConversionPerStage_IsTheMeanOfTheReportsMonthlyRates(bool onDashboard)
    {
        var data = Run(Conversion, onDashboard);

        var means = MonthlyMeans(onDashboard, f => f.Conversion, 4);
        Assert.Equal(Progression, ByStage(data).Keys.OrderBy(k => Array.IndexOf(Progression, k)));
        Assert.All(ByStage(data), s => Assert.True(Math.Abs((double)s.Value - means[s.Key]) < 0.0001, s.Key + ": chart " + s.Value + ", report " + means[s.Key]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VelocityPerStage_IsTheMeanOfTheReportsMonthlyMeanDays(bool onDashboard)
    {
        var data = Run(Velocity, onDashboard);

        var means = MonthlyMeans(onDashboard, f => f.VelocityDays, 2);
        Assert.Equal(means.Keys.OrderBy(k => k), ByStage(data).Keys.OrderBy(k => k));
        Assert.All(ByStage(data), s => Assert.True(Math.Abs((double)s.Value - means[s.Key]) < 0.01, s.Key + ": chart " + s.Value + ", report " + means[s.Key]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bottleneck_FirstBar_IsTheStageWithTheLowestMeanMonthlyRate(bool onDashboard)
    {
        var data = Run(Bottleneck, onDashboard);

        var means = MonthlyMeans(onDashboard, f => f.Conversion, 4);
        Assert.Equal(means.OrderBy(m => m.Value).Select(m => m.Key), data.Categories.Select(c => Stage(c)));
    }

    [Fact]
    public void LeadsByStage_CountsTheLeadsByTheStageOfTheirLatestMove()
    {
        var data = Run(LeadsByStage, onDashboard: true);

        var latest = File.ReadLines(demo.Transitions).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] is not ("Won" or "Lost"))
            .GroupBy(f => f[0]).Select(g => g.Last()[1])
            .Where(stage => Progression.Contains(stage))
            .GroupBy(stage => stage).ToDictionary(g => g.Key, g => (decimal)g.Count());
        Assert.Equal(latest.OrderBy(s => s.Key), ByStage(data).OrderBy(s => s.Key));
    }

    private ChartData Run(Guid chart, bool onDashboard)
    {
        var cell = demo.Solution.Dashboards.SelectMany(d => d.Cells).First(c => c.ChartId == chart);
        return ChartRunner.Run(demo.Organization, demo.Marketing, demo.Solution.Chart(chart), onDashboard ? demo.Solution.View(cell.ViewId) : null);
    }

    /// <summary>Per progression stage, the mean over the months shown (all, or the dashboard view's last 12) of the report's monthly figure, rounded as the snapshot row stores it.</summary>
    private Dictionary<string, double> MonthlyMeans(bool onDashboard, Func<StageFigure, double?> figure, int decimals) =>
        Progression.Select(stage => (Stage: stage, Values: demo.Report.Months
                .Where(m => !onDashboard || string.CompareOrdinal(m.Key, demo.TwelveMonthsFrom.ToString("yyyy-MM", CultureInfo.InvariantCulture)) >= 0)
                .Select(m => figure(m.Value[stage])).Where(v => v != null).Select(v => Math.Round(v!.Value, decimals)).ToList()))
            .Where(s => s.Values.Count > 0)
            .ToDictionary(s => s.Stage, s => s.Values.Average());

    private static Dictionary<string, decimal> ByStage(ChartData data) =>
        data.Categories.Select((c, i) => (Stage: Stage(c), Value: data.Series.Single().Values[i]!.Value)).ToDictionary(p => p.Stage, p => p.Value);

    private static string Stage(ChartCategory category) => FunnelStages.Label((FunnelStage)((int)category.Value! - FunnelStageOption.Known));
}
