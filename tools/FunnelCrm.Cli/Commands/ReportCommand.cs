using System.CommandLine;
using System.IO;
using FunnelCrm.Cli.Output;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm report</c>: funnel metrics from exported stage transitions.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var transitions = new Option<string?>("--transitions") { Description = "CSV of stage transitions with a header holding lead_id,stage,entered_on (or --org)." };
        var org = new Org.OrgInput();
        var period = Options.Period();
        var from = new Option<string?>("--from") { Description = "First day of the cohorts to report (ISO 8601)." };
        var to = new Option<string?>("--to") { Description = "Day after the last cohort to report (ISO 8601)." };
        var format = new Option<string>("--format") { Description = "table, json or html.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json", "html");
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of the console." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and report how many and why." };
        var zone = Options.TimeZone();
        var minimumCohort = new Option<int>("--min-cohort") { Description = "Smallest cohort a stage needs to be the bottleneck.", DefaultValueFactory = _ => 20 };
        var command = new Command("report", "Funnel metrics (volume, conversion, velocity, bottleneck) from exported stage transitions.\n\nExample:\n  funnelcrm report --transitions transitions.csv --period month --format json --out funnel.json")
        {
            transitions, period, from, to, format, outFile, skipInvalid, zone, minimumCohort,
        };
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            var options = new MeasureOptions
            {
                Period = Options.PeriodKindOf(parsed.GetValue(period)!),
                TimeZone = Options.Zone(parsed.GetValue(zone)!),
                FromUtc = Options.Date(parsed.GetValue(from), "--from"),
                ToUtc = Options.Date(parsed.GetValue(to), "--to"),
                MinimumCohort = parsed.GetValue(minimumCohort),
            };
            using var fromOrg = org.Open(parsed, error, "transitions");
            var path = fromOrg?.Path("transitions") ?? parsed.GetValue(transitions) ?? throw new CliException("--transitions: give the transitions CSV, or --org to read them from the organization.");
            var input = ConsoleProgress.Run(error, "Reading " + Path.GetFileName(path), progress => TransitionInput.Read(path, parsed.GetValue(skipInvalid), progress));
            var report = FunnelMeasure.Measure(input.History, options);
            Emit(output, parsed.GetValue(outFile), writer =>
            {
                switch (parsed.GetValue(format))
                {
                    case "json":
                        ReportJson.Write(writer, report, options.Period, input.Skips.Rows, input.Skips.Skipped);
                        break;
                    case "html":
                        HtmlReport.Write(writer, "Funnel report", report, null, new string[0]);
                        break;
                    default:
                        ReportTable.Write(writer, report);
                        break;
                }
            });
            input.Skips.Describe(error);

            return 0;
        });
        return command;
    }

    /// <summary>Writes to the console, or atomically to a file.</summary>
    public static void Emit(TextWriter output, string? path, System.Action<TextWriter> write)
    {
        if (path == null)
        {
            write(output);
        }
        else
        {
            AtomicFile.Write(path, write);
            output.WriteLine("Wrote " + path);
        }
    }
}
