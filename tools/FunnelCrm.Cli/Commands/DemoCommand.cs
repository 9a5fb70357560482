using System.CommandLine;
using System.IO;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Cli.Output;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm demo</c>: the whole product offline, on generated data pushed through the emulated CRM pipeline.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var leads = new Option<int>("--leads") { Description = "How many leads to generate.", DefaultValueFactory = _ => 5000 };
        var months = new Option<int>("--months") { Description = "How many months of history.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated data (same seed, same output).", DefaultValueFactory = _ => 42 };
        var outDir = new Option<string>("--out") { Description = "Folder for funnel-report.html.", DefaultValueFactory = _ => "." };
        var command = new Command("demo", "Generate leads and a year of marketing and sales activity, push every event through the emulated CRM with the real plugins, and show the funnel marketing would see.\n\nExample:\n  funnelcrm demo --leads 2000 --months 12 --seed 7 --out reports")
        {
            leads, months, seed, outDir,
        };
        command.SetAction(parsed =>
        {
            var leadCount = parsed.GetValue(leads);
            var monthCount = parsed.GetValue(months);
            if (leadCount < 1 || leadCount > 200000)
            {
                throw new CliException("--leads must be between 1 and 200000.");
            }

            if (monthCount < 1 || monthCount > 36)
            {
                throw new CliException("--months must be between 1 and 36.");
            }

            var folder = parsed.GetValue(outDir)!;
            if (!Directory.Exists(folder))
            {
                throw new CliException("--out: the folder '" + folder + "' does not exist.");
            }

            var simulation = new DemoSimulation(new DemoScenario(leadCount, monthCount, parsed.GetValue(seed)), output);
            var result = ConsoleProgress.Run(error, "Pushing events through the CRM pipeline", simulation.Run);
            DemoPresenter.Show(output, result, Path.Combine(folder, "funnel-report.html"));
            return 0;
        });
        return command;
    }
}
