using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Output;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using Spectre.Console;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm plan</c>: the backwards plan from a target to the volume each stage needs and when it must start.</summary>
public static class PlanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var wins = new Option<int?>("--target-wins") { Description = "How many deals to win." };
        var revenue = new Option<decimal?>("--target-revenue") { Description = "Revenue to win (with --deal-size)." };
        var dealSize = new Option<decimal?>("--deal-size") { Description = "Average deal size (with --target-revenue)." };
        var rates = new Option<string?>("--rates") { Description = "CSV of stage,conversion,velocity_days (conversion as a share 0-1, days to the next stage)." };
        var transitions = new Option<string?>("--transitions") { Description = "CSV of stage transitions to measure the rates from (lead_id,stage,entered_on), or --org." };
        var by = new Option<string?>("--by") { Description = "The deadline (ISO 8601); default: 90 days from today." };
        var command = new Command("plan", "Plan backwards: from a target in wins or revenue to the volume each stage needs and the latest start per stage.\n\nExample:\n  funnelcrm plan --target-wins 40 --transitions transitions.csv --by 2027-06-30")
        {
            wins, revenue, dealSize, rates, transitions, by,
        };
        var org = new Org.OrgInput();
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = new PlanTarget
            {
                Wins = parsed.GetValue(wins),
                Revenue = parsed.GetValue(revenue),
                AverageDealSize = parsed.GetValue(dealSize),
                DeadlineUtc = Options.Date(parsed.GetValue(by), "--by") ?? SystemClock.Instance.UtcNow.Date.AddDays(90),
            };
            if (target.Wins == null && (target.Revenue == null || target.AverageDealSize == null))
            {
                throw new CliException("give --target-wins N, or --target-revenue AMOUNT with --deal-size AMOUNT.");
            }

            if (target.Wins is <= 0 || target.Revenue is <= 0 || target.AverageDealSize is <= 0)
            {
                throw new CliException("targets and deal size must be greater than 0.");
            }

            using var fromOrg = org.Open(parsed, error, "transitions");
            var (conversion, velocity) = Rates(parsed.GetValue(rates), fromOrg?.Path("transitions") ?? parsed.GetValue(transitions));
            var plan = FunnelPlanner.Plan(target, conversion, velocity);
            output.WriteLine("To win " + plan.RequiredWins + " deals by " + target.DeadlineUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":");
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Stage");
            table.AddColumn(new TableColumn("Required volume").RightAligned());
            table.AddColumn(new TableColumn("Conversion").RightAligned());
            table.AddColumn(new TableColumn("Latest start").RightAligned());
            foreach (var step in plan.Steps)
            {
                table.AddRow(FunnelStages.Label(step.Stage), step.RequiredLeads?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", Numbers.Percent(step.Conversion),
                    step.LatestStartUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
            }

            ReportTable.Console(output).Write(table);
            foreach (var gap in plan.Gaps)
            {
                output.WriteLine("Note: " + gap);
            }

            return 0;
        });
        return command;
    }

    private static (IReadOnlyDictionary<FunnelStage, double>, IReadOnlyDictionary<FunnelStage, double>) Rates(string? ratesPath, string? transitionsPath)
    {
        if (ratesPath != null)
        {
            var conversion = new Dictionary<FunnelStage, double>();
            var velocity = new Dictionary<FunnelStage, double>();
            foreach (var record in CsvFile.Open(ratesPath, "stage", "conversion", "velocity_days").Records())
            {
                var stageText = record.Required("stage");
                var stage = FunnelStages.Progression.FirstOrDefault(s => string.Equals(FunnelStages.Label(s), stageText, StringComparison.OrdinalIgnoreCase));
                if (!string.Equals(FunnelStages.Label(stage), stageText, StringComparison.OrdinalIgnoreCase))
                {
                    throw record.Error("stage", "'" + stageText + "' is not a progression stage (Known, Engaged, MQL, SAL, SQL, Opportunity, Won)", "unknown stage");
                }

                conversion[stage] = Share(record, "conversion");
                velocity[stage] = Number(record, "velocity_days");
            }

            return (conversion, velocity);
        }

        if (transitionsPath != null)
        {
            var report = FunnelMeasure.Measure(TransitionInput.Read(transitionsPath, skipInvalid: false).History, new MeasureOptions());
            return (report.ConversionRates(), report.MeanVelocityDays());
        }

        throw new CliException("give the rates: --rates FILE or --transitions FILE.");
    }

    private static double Share(CsvRecord record, string column)
    {
        var value = Number(record, column);
        return value is >= 0 and <= 1 ? value : throw record.Error(column, "must be a share between 0 and 1", "bad share");
    }

    private static double Number(CsvRecord record, string column) =>
        double.TryParse(record.Required(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw record.Error(column, "'" + record.Text(column) + "' is not a number of 0 or more", "bad number");
}
