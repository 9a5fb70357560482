using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Scoring;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm score</c>: replay exported activities through a scoring model and tune the MQL threshold on outcomes.</summary>
public static class ScoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var activities = new Option<string?>("--activities")
        {
            Description = "CSV of activities: lead_id,type,occurred_on, optional subtype, direction (incoming|outgoing, default incoming), state (completed|open|canceled, default completed), activity_id. "
                + "type is an activity table (email, phonecall, appointment, task, campaignresponse, interaction) or an interaction type (webvisit, download, demorequest, ...).",
        };
        var leads = new Option<string?>("--leads") { Description = "CSV of lead profiles: lead_id plus any of " + string.Join(", ", ProfileColumns.LeadColumns) + "." };
        var model = new Option<string?>("--model") { Description = "Scoring model JSON (default: the built-in model; see 'funnelcrm model init')." };
        var at = new Option<string?>("--at") { Description = "Score as of this instant (ISO 8601); later activities are left out. Default: the latest activity in the file." };
        var outcomes = new Option<string?>("--outcomes") { Description = "CSV lead_id,won (true/false): adds, per threshold, the MQLs it gives and the share of them that were won." };
        var thresholds = new Option<string?>("--thresholds") { Description = "Thresholds to compare with --outcomes, separated by ',' (';' with --culture de-DE); default 25 % to 200 % of the model's." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json");
        var top = Options.OptionalWholeNumber("--top", "List only the N highest-scoring leads (default: all).", 1, int.MaxValue);
        var outFile = Options.Out();
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and report how many and why." };
        var input = new InputOptions(environment);
        var command = new Command("score", "Replay exported activities through a scoring model: per lead the score, behaviour and fit parts, grade, the date it would have become MQL, "
            + "and MQLs per month; with --outcomes, how many MQLs each threshold gives and what share were won.\n\nExample:\n"
            + "  funnelcrm score --activities activities.csv --leads leads.csv --model my-model.json --at 2026-06-30 --outcomes outcomes.csv")
        {
            activities, leads, model, at, outcomes, thresholds, format, top, outFile, skipInvalid,
        };
        Array.ForEach(input.All, command.Options.Add);
        var org = new Org.OrgInput(environment);
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            using var fromOrg = org.Open(parsed, error, "activities", "leads", "outcomes");
            var activitiesPath = fromOrg?.Path("activities") ?? parsed.GetValue(activities) ?? throw new CliException("--activities: give the activities CSV, or --org to read them from the organization.");
            var leadsPath = fromOrg?.Path("leads") ?? parsed.GetValue(leads);
            var outcomesPath = fromOrg?.Path("outcomes") ?? parsed.GetValue(outcomes);
            var target = parsed.GetValue(outFile);
            OwnInputs.Refuse(target, "--out", (activitiesPath, "--activities"), (leadsPath, "--leads"), (parsed.GetValue(model), "--model"), (outcomesPath, "--outcomes"));
            Emit.CheckTarget(target);
            var culture = parsed.GetValue(input.Culture)!;
            var csv = input.Read(parsed);
            var engine = new ScoringEngine(ModelCommand.Load(parsed.GetValue(model)));
            var skip = parsed.GetValue(skipInvalid);
            var thresholdList = Thresholds(parsed.GetValue(thresholds), engine.Model.MqlThreshold, culture);
            var atUtc = Options.Date(parsed.GetValue(at), "--at", culture);
            var history = ConsoleProgress.Run(error, "Reading " + Path.GetFileName(activitiesPath), progress => ActivityHistory.Read(activitiesPath, csv, skip, progress));
            var profiles = leadsPath != null ? LeadProfiles.Read(leadsPath, csv, skip) : LeadProfiles.None;
            var known = outcomesPath != null ? Outcomes.Read(outcomesPath, csv, skip) : null;
            var instant = atUtc ?? history.Latest
                ?? throw new CliException(Path.GetFileName(activitiesPath) + " has no activities" + (history.Skips.Skipped > 0 ? " that could be read" : "") + "; give --at to score the leads as of a date.");
            var numbers = new Numbers(culture);
            var result = ConsoleProgress.Run(error, "Replaying " + numbers.Count(history.Count) + " activities", progress => ScoreBacktest.Run(engine, history, profiles, instant, csv.Threads, progress));
            var rows = known == null ? null : ThresholdTable.Compute(result.Leads, known, thresholdList);
            var warnings = result.Leads.Count == 0 ? new[] { "no leads to score: " + Path.GetFileName(activitiesPath) + " has no activities and no --leads file lists any lead." } : Array.Empty<string>();
            Emit.To(output, target, writer =>
            {
                if (parsed.GetValue(format) == "json")
                {
                    ScoreJson.Write(writer, result, parsed.GetValue(top), rows, warnings);
                }
                else
                {
                    Array.ForEach(warnings, w => writer.WriteLine("Note: " + w));
                    ScoreTable.Write(writer, result, parsed.GetValue(top), rows, known == null ? 0 : ThresholdTable.WithoutOutcome(result.Leads, known), numbers);
                }
            });
            Array.ForEach(warnings, w => error.WriteLine("funnelcrm: warning: " + w));
            history.Skips.Describe(error);
            profiles.Skips?.Describe(error);
            known?.Skips.Describe(error);
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<double> Thresholds(string? text, double modelThreshold, UserCulture culture)
    {
        if (text == null)
        {
            return ThresholdTable.DefaultThresholds(modelThreshold);
        }

        var values = new List<double>();
        foreach (var part in text.Split(culture.ListSeparator))
        {
            if (!culture.TryParseNumber(part, out var value, out var problem))
            {
                throw new CliException("--thresholds: " + Shown.Quoted(part.Trim()) + " " + problem + " (e.g. --thresholds " + string.Join(culture.ListSeparator.ToString(), new[] { 60, 80, 100 }) + ").");
            }

            if (value <= 0 || value > 1_000_000)
            {
                throw new CliException("--thresholds: " + Shown.Quoted(part.Trim()) + " must be greater than 0 and at most 1000000.");
            }

            values.Add((double)value);
        }

        return values.Distinct().OrderBy(v => v).ToArray();
    }
}
