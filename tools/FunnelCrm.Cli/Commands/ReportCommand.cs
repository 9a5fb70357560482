using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using FunnelCrm.Funnel;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Output;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm report</c>: funnel metrics from exported stage transitions.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment, IClock clock)
    {
        var transitions = new Option<string?>("--transitions") { Description = "CSV of stage transitions with a header holding lead_id,stage,entered_on (or --org)." };
        var period = Options.Period();
        var from = new Option<string?>("--from") { Description = "First day of the cohorts to report (ISO 8601)." };
        var to = new Option<string?>("--to") { Description = "Day after the last cohort to report (ISO 8601)." };
        var format = new Option<string>("--format") { Description = "table, json or html.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json", "html");
        var outFile = Options.Out();
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and report how many and why." };
        var zone = Options.TimeZone();
        var minimumCohort = Options.WholeNumber("--min-cohort", "Smallest cohort a stage needs to be the bottleneck (1 or more).", 1, int.MaxValue, 20);
        var input = new InputOptions(environment);
        var language = Options.Language();
        var command = new Command("report", "Funnel metrics (volume, conversion, velocity, bottleneck) from exported stage transitions.\n\nExample:\n  funnelcrm report --transitions transitions.csv --period month --format json --out funnel.json")
        {
            transitions, period, from, to, format, outFile, skipInvalid, zone, minimumCohort, language,
        };
        Array.ForEach(input.All, command.Options.Add);
        var org = new Org.OrgInput(environment);
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            using var fromOrg = org.Open(parsed, error, "transitions");
            var path = fromOrg?.Path("transitions") ?? parsed.GetValue(transitions) ?? throw new CliException("--transitions: give the transitions CSV, or --org to read them from the organization.");
            var target = parsed.GetValue(outFile);
            OwnInputs.Refuse(target, "--out", (path, "--transitions"));
            Emit.CheckTarget(target);
            var culture = parsed.GetValue(input.Culture)!;
            var options = new MeasureOptions
            {
                Period = Options.PeriodKindOf(parsed.GetValue(period)!),
                TimeZone = Options.Zone(parsed.GetValue(zone)!),
                FromUtc = Options.Date(parsed.GetValue(from), "--from", culture),
                ToUtc = Options.Date(parsed.GetValue(to), "--to", culture),
                MinimumCohort = parsed.GetValue(minimumCohort),
            };
            if (options.FromUtc >= options.ToUtc)
            {
                throw new CliException("--from (" + parsed.GetValue(from) + ") must be before --to (" + parsed.GetValue(to) + ").");
            }

            var read = ConsoleProgress.Run(error, "Reading " + Path.GetFileName(path), progress => TransitionInput.Read(path, input.Read(parsed), parsed.GetValue(skipInvalid), progress));
            var report = FunnelMeasure.Measure(read.History, options);
            var warnings = Warnings(path, read, report, options);
            var words = ReportLanguage.Of(parsed.GetValue(language)!);
            var numbers = new Numbers(parsed.GetValue(format) == "html" ? Options.FiguresCulture(parsed, input.Culture, words, environment) : culture);
            Emit.To(output, target, writer =>
            {
                switch (parsed.GetValue(format))
                {
                    case "json":
                        ReportJson.Write(writer, report, options.Period, read.Skips.Rows, read.Skips.Skipped, warnings);
                        break;
                    case "html":
                        var now = clock.UtcNow;
                        HtmlReport.Write(writer, new ReportPage(words["report.title"], fromOrg?.Source ?? Path.GetFileName(path), report, read.History, options, read.Last ?? now, now, words, numbers)
                        {
                            Notes = warnings,
                        });
                        break;
                    default:
                        ReportTable.Write(writer, report, numbers, warnings);
                        break;
                }
            });
            foreach (var warning in warnings)
            {
                error.WriteLine("funnelcrm: warning: " + warning);
            }

            read.Skips.Describe(error);
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Warnings(string path, TransitionInput read, FunnelReport report, MeasureOptions options)
    {
        var file = Path.GetFileName(path);
        if (read.Skips.Rows == 0)
        {
            return new[] { file + " has no transitions (only a header): the report is empty." };
        }

        if (read.Skips.Skipped == read.Skips.Rows)
        {
            return new[] { "every row of " + file + " was skipped as invalid: the report is empty." };
        }

        if (report.Periods.Count == 0)
        {
            return new[]
            {
                "no lead entered a stage from " + (options.FromUtc is DateTime f ? IsoDate.Format(f) : "the start") + " to before " + (options.ToUtc is DateTime t ? IsoDate.Format(t) : "the end")
                + " (" + file + " runs from " + IsoDate.Format(read.First!.Value) + " to " + IsoDate.Format(read.Last!.Value) + "): the report is empty.",
            };
        }

        return Array.Empty<string>();
    }
}
