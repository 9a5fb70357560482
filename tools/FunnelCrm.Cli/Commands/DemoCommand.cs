using System;
using System.CommandLine;
using System.IO;
using FunnelCrm.Funnel;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Cli.Output;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm demo</c>: the whole product offline, on generated data pushed through the emulated CRM pipeline.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment, IClock clock)
    {
        var leads = Options.WholeNumber("--leads", "How many leads to generate (1 to 200000).", 1, 200000, 5000);
        var months = Options.WholeNumber("--months", "How many months of history (1 to 36).", 1, 36, 12);
        var seed = Options.WholeNumber("--seed", "Seed of the generated data (same seed, same output).", int.MinValue, int.MaxValue, 42);
        var outDir = new Option<string>("--out") { Description = "Folder for funnel-report.html (created when missing).", DefaultValueFactory = _ => "." };
        var export = new Option<string?>("--export") { Description = "Also write the CRM's rows as the CSV files report, score and plan read (" + string.Join(", ", DemoExport.Files) + ") into this folder." };
        var input = new InputOptions(environment);
        var language = Options.Language();
        var command = new Command("demo", "Generate leads and a year of marketing and sales activity, push every event through the emulated CRM with the real plugins, and show the funnel marketing would see.\n\n"
            + "Example:\n  funnelcrm demo --leads 500 --months 6 --seed 7 --out reports --export data")
        {
            leads, months, seed, outDir, export, input.Culture, language,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(outDir)!;
            var exportFolder = parsed.GetValue(export);
            OutputFolder.Prepare(folder, "--out", "funnel-report.html");
            if (exportFolder != null)
            {
                OutputFolder.Prepare(exportFolder, "--export", "the CSV files");
            }

            var simulation = new DemoSimulation(new DemoScenario(parsed.GetValue(leads), parsed.GetValue(months), parsed.GetValue(seed)), output);
            var result = ConsoleProgress.Run(error, "Pushing events through the CRM pipeline", simulation.Run);
            var words = ReportLanguage.Of(parsed.GetValue(language)!);
            DemoPresenter.Show(output, result, Path.Combine(folder, "funnel-report.html"), new Numbers(Options.FiguresCulture(parsed, input.Culture, words, environment)), words, clock.UtcNow);
            if (exportFolder != null)
            {
                DemoExport.Write(output, result, exportFolder);
            }

            return 0;
        });
        return command;
    }
}
