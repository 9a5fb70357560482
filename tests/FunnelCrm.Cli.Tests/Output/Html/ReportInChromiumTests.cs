using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace FunnelCrm.Cli.Tests.Output.Html;

/// <summary>The demo's HTML report as Chromium lays it out, in English and German, at a wide and a narrow window.</summary>
public sealed class ReportInChromiumTests(DemoReports reports, ITestOutputHelper log) : IClassFixture<DemoReports>
{
    private const string Overlaps = """
        () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map(t => ({ t: t.textContent, r: t.getBoundingClientRect() })).filter(x => x.r.width > 0);
          const found = [];
          for (let i = 0; i < texts.length; i++) {
            const a = texts[i].r;
            if (a.left < box.left - 0.5 || a.right > box.right + 0.5 || a.top < box.top - 0.5 || a.bottom > box.bottom + 0.5) found.push(svg.id + ': "' + texts[i].t + '" is clipped');
            for (let j = i + 1; j < texts.length; j++) {
              const b = texts[j].r;
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(svg.id + ': "' + texts[i].t + '" overlaps "' + texts[j].t + '"');
            }
          }
          return found;
        })
        """;

    private const string Parts = """
        () => [...document.querySelectorAll('svg.chart')].map(svg => ({
          id: svg.id,
          axes: svg.dataset.axes === 'true',
          title: [...svg.querySelectorAll('text.chart-title')].map(t => t.textContent.trim()).filter(t => t.length > 0).length,
          axisTitles: [...svg.querySelectorAll('text.axis-title')].map(t => t.textContent.trim()).filter(t => t.length > 0).length,
          legend: svg.querySelectorAll('text.legend').length
        }))
        """;

    [Theory]
    [InlineData("en", 1280)]
    [InlineData("en", 800)]
    [InlineData("de", 1280)]
    [InlineData("de", 800)]
    public async Task Report_InChromium_NoTextOfAChartOverlapsAnotherOrIsClipped(string language, int width)
    {
        var page = await reports.Open(language, width);

        var found = await page.EvaluateAsync<string[]>(Overlaps);

        await page.CloseAsync();
        Assert.True(found.Length == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task Report_InChromium_EveryChartHasATitleAxisTitlesAndALegend(string language)
    {
        var page = await reports.Open(language, 1280);

        var charts = await page.EvaluateAsync<JsonElement>(Parts);

        await page.CloseAsync();
        Assert.True(charts.GetArrayLength() >= 12, "only " + charts.GetArrayLength() + " charts");
        foreach (var chart in charts.EnumerateArray())
        {
            var id = chart.GetProperty("id").GetString();
            Assert.True(chart.GetProperty("title").GetInt32() == 1, id + " has no title");
            Assert.True(chart.GetProperty("legend").GetInt32() >= 1, id + " has no legend");
            Assert.True(!chart.GetProperty("axes").GetBoolean() || chart.GetProperty("axisTitles").GetInt32() == 2, id + " lacks an axis title");
        }
    }

    [Theory]
    [InlineData("en", 1280)]
    [InlineData("en", 800)]
    [InlineData("de", 1280)]
    [InlineData("de", 800)]
    public async Task Report_InChromium_HasNoHorizontalOverflow(string language, int width)
    {
        var page = await reports.Open(language, width);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var shot = Path.Combine(reports.Screenshots, "report-" + language + "-" + width + ".png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });

        await page.CloseAsync();
        log.WriteLine("Screenshot: " + shot);
        System.Console.WriteLine("Screenshot: " + shot);
        Assert.True(overflow <= 0, "the page is " + overflow + " px wider than the window at " + width + " px");
    }

    [Fact]
    public async Task Report_InChromium_ChartsAndTablesAreSavedAsScreenshots()
    {
        var page = await reports.Open("en", 1280);

        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg.chart')].map(s => s.id)");
        foreach (var id in ids)
        {
            await page.Locator("#" + id).ScreenshotAsync(new() { Path = Path.Combine(reports.Screenshots, "chart-" + id + ".png") });
        }

        await page.CloseAsync();
        log.WriteLine("Chart screenshots: " + reports.Screenshots);
        Assert.Equal(ids.Length, Directory.GetFiles(reports.Screenshots, "chart-*.png").Count(f => ids.Any(id => f.EndsWith("chart-" + id + ".png", System.StringComparison.Ordinal))));
    }
}
