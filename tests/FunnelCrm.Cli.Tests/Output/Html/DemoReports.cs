using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FunnelCrm.Cli.Tests.Output.Html;

/// <summary>
/// One small demo's report in English and in German, and one headless Debian Chromium (through Playwright, pointed at
/// /usr/bin/chromium: browser downloads are not available) shared by the browser tests of a class.
/// </summary>
public sealed class DemoReports : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser (.ci/run installs it).</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public DemoReports()
    {
        English = Write("en");
        German = Write("de");
        Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>The English report's path.</summary>
    public string English { get; }

    /// <summary>The German report's path.</summary>
    public string German { get; }

    /// <summary>The folder the screenshots go to (under the test's output directory).</summary>
    public string Screenshots { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string Of(string language) => language == "de" ? German : English;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
    }

    /// <summary>A page of the report in <paramref name="language"/>, <paramref name="width"/> CSS pixels wide, offline.</summary>
    public async Task<IPage> Open(string language, int width)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Offline = true, JavaScriptEnabled = true });
        await page.GotoAsync(new Uri(Of(language)).AbsoluteUri);
        return page;
    }

    private static string Write(string language)
    {
        var folder = CliRun.TempFolder();
        var run = CliRun.Of("demo", "--leads", "150", "--months", "14", "--seed", "5", "--out", folder, "--lang", language);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("The demo failed: " + run.Error);
        }

        return Path.Combine(folder, "funnel-report.html");
    }
}
