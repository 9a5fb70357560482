using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Cli.Output;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm plan</c>: the backwards plan from a target to the volume each stage needs and when it must start.</summary>
public static class PlanCommand
{
    /// <summary>The most wins a plan is made for.</summary>
    public const int MaxWins = 1_000_000;

    /// <summary>The most days a rates file may give for one stage.</summary>
    public const int MaxVelocityDays = 3650;

    /// <summary>Builds the command; <paramref name="clock"/> says what today is.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment, IClock clock)
    {
        var wins = Options.OptionalWholeNumber("--target-wins", "How many deals to win (1 to " + MaxWins + ").", 1, MaxWins);
        var revenue = new Option<string?>("--target-revenue") { Description = "Revenue to win, with --deal-size (in --culture: 1000000.50, or 1.000.000,50 with de-DE)." };
        var dealSize = new Option<string?>("--deal-size") { Description = "Average deal size (with --target-revenue)." };
        var rates = new Option<string?>("--rates") { Description = "CSV of stage,conversion,velocity_days (conversion as a share 0-1, days to the next stage)." };
        var transitions = new Option<string?>("--transitions") { Description = "CSV of stage transitions to measure the rates from (lead_id,stage,entered_on), or --org." };
        var by = new Option<string?>("--by") { Description = "The deadline (ISO 8601), after today; default: 90 days from today." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json");
        var outFile = Options.Out();
        var input = new InputOptions(environment);
        var command = new Command("plan", "Plan backwards: from a target in wins or revenue to the volume each stage needs and the latest start per stage; "
            + "a start that is already past is flagged.\n\nExample:\n  funnelcrm plan --target-wins 40 --transitions transitions.csv --by 2027-06-30")
        {
            wins, revenue, dealSize, rates, transitions, by, format, outFile,
        };
        Array.ForEach(input.All, command.Options.Add);
        var org = new Org.OrgInput(environment);
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            var culture = parsed.GetValue(input.Culture)!;
            Contradiction(parsed, wins, revenue);
            Contradiction(parsed, wins, dealSize);
            Contradiction(parsed, rates, transitions);
            var target = parsed.GetValue(outFile);
            OwnInputs.Refuse(target, "--out", (parsed.GetValue(rates), "--rates"), (parsed.GetValue(transitions), "--transitions"));
            Emit.CheckTarget(target);
            var today = clock.UtcNow.Date;
            var plan = new PlanTarget
            {
                Wins = parsed.GetValue(wins) ?? Wins(Options.Amount(parsed.GetValue(revenue), "--target-revenue", culture), Options.Amount(parsed.GetValue(dealSize), "--deal-size", culture)),
                DeadlineUtc = Options.Date(parsed.GetValue(by), "--by", culture) ?? today.AddDays(90),
            };
            if (plan.DeadlineUtc <= today)
            {
                throw new CliException("--by " + parsed.GetValue(by) + " is not after today (" + IsoDate.Day(today) + "); give a deadline in the future.");
            }

            using var fromOrg = org.Open(parsed, error, "transitions");
            var (conversion, velocity) = Rates(parsed.GetValue(rates), fromOrg?.Path("transitions") ?? parsed.GetValue(transitions), input.Read(parsed));
            var result = FunnelPlanner.Plan(plan, conversion, velocity);
            var past = result.Steps.Where(s => s.LatestStartUtc < today).Select(s => s.Stage).OrderBy(s => s).ToList();
            var warnings = past.Count == 0 ? Array.Empty<string>() : new[]
            {
                "the latest start of " + string.Join(", ", past.Select(FunnelStages.Label)) + " is already past (today is " + IsoDate.Day(today) + "): at these rates the target cannot be reached by " + IsoDate.Day(plan.DeadlineUtc) + ".",
            };
            Emit.To(output, target, writer =>
            {
                if (parsed.GetValue(format) == "json")
                {
                    PlanJson.Write(writer, plan.DeadlineUtc, result, today, warnings);
                }
                else
                {
                    PlanTable.Write(writer, plan.DeadlineUtc, result, today, warnings, new Numbers(culture));
                }
            });
            Array.ForEach(warnings, w => error.WriteLine("funnelcrm: warning: " + w));
            return 0;
        });
        return command;
    }

    private static void Contradiction(ParseResult parsed, Option first, Option second)
    {
        if (parsed.GetResult(first) is { Implicit: false } && parsed.GetResult(second) is { Implicit: false })
        {
            throw new CliException(first.Name + " and " + second.Name + " contradict each other; give one of them.");
        }
    }

    private static int Wins(decimal? revenue, decimal? dealSize)
    {
        if (revenue == null || dealSize == null)
        {
            throw new CliException("give --target-wins N, or --target-revenue AMOUNT with --deal-size AMOUNT.");
        }

        decimal wins;
        try
        {
            wins = decimal.Ceiling(revenue.Value / dealSize.Value);
        }
        catch (OverflowException)
        {
            wins = decimal.MaxValue;
        }

        return wins <= MaxWins
            ? (int)wins
            : throw new CliException("--target-revenue / --deal-size asks for more than " + MaxWins + " wins; check both amounts (and --culture).");
    }

    private static (IReadOnlyDictionary<FunnelStage, double>, IReadOnlyDictionary<FunnelStage, double>) Rates(string? ratesPath, string? transitionsPath, CsvInput input)
    {
        if (ratesPath != null)
        {
            return RatesFile(ratesPath, input);
        }

        if (transitionsPath != null)
        {
            var read = TransitionInput.Read(transitionsPath, input, skipInvalid: false);
            if (read.Skips.Rows == 0)
            {
                throw new CliException(transitionsPath + ": no transitions to measure the rates from (only a header).");
            }

            var report = FunnelMeasure.Measure(read.History, new MeasureOptions());
            return (report.ConversionRates(), report.MeanVelocityDays());
        }

        throw new CliException("give the rates: --rates FILE or --transitions FILE.");
    }

    private static (IReadOnlyDictionary<FunnelStage, double>, IReadOnlyDictionary<FunnelStage, double>) RatesFile(string path, CsvInput input)
    {
        var conversion = new Dictionary<FunnelStage, double>();
        var velocity = new Dictionary<FunnelStage, double>();
        foreach (var record in CsvFile.Open(path, input, new[] { "stage", "conversion", "velocity_days" }).Records())
        {
            var stageText = record.Required("stage");
            var stage = FunnelStages.Progression.FirstOrDefault(s => string.Equals(FunnelStages.Label(s), stageText, StringComparison.OrdinalIgnoreCase));
            if (!string.Equals(FunnelStages.Label(stage), stageText, StringComparison.OrdinalIgnoreCase))
            {
                throw record.Error("stage", Shown.Quoted(stageText) + " is not a progression stage (Known, Engaged, MQL, SAL, SQL, Opportunity, Won)", "unknown stage");
            }

            if (conversion.ContainsKey(stage))
            {
                throw record.Error("stage", FunnelStages.Label(stage) + " is listed twice", "duplicate stage");
            }

            conversion[stage] = Between(record, "conversion", 1, "must be a share between 0 and 1");
            velocity[stage] = Between(record, "velocity_days", MaxVelocityDays, "must be a number of days from 0 to " + MaxVelocityDays);
        }

        return conversion.Count > 0 ? (conversion, velocity) : throw new CliException(path + ": no rates (only a header); give one row per stage.");
    }

    private static double Between(CsvRecord record, string column, double maximum, string problem)
    {
        var value = record.Number(column) ?? throw record.Error(column, "is empty", "empty " + column);
        return value >= 0 && value <= (decimal)maximum ? (double)value : throw record.Error(column, problem, "out of range");
    }
}
