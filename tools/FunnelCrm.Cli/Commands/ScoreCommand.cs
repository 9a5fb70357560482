using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Scoring;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm score</c>: replay exported activities through a scoring model and tune the MQL threshold on outcomes.</summary>
public static class ScoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var activities = new Option<string?>("--activities")
        {
            Description = "CSV of activities (or --org): lead_id,type,occurred_on, optional subtype, direction (incoming|outgoing, default incoming), state (completed|open|canceled, default completed), activity_id. "
                + "type is an activity table (email, phonecall, appointment, task, campaignresponse, interaction) or an interaction type (webvisit, download, demorequest, ...).",
        };
        var leads = new Option<string?>("--leads") { Description = "CSV of lead profiles: lead_id plus any of " + string.Join(", ", ProfileColumns.LeadColumns) + "." };
        var model = new Option<string?>("--model") { Description = "Scoring model JSON (default: the built-in model; see 'funnelcrm model init')." };
        var at = new Option<string?>("--at") { Description = "Score as of this instant (ISO 8601); later activities are left out. Default: the latest activity in the file." };
        var outcomes = new Option<string?>("--outcomes") { Description = "CSV lead_id,won (true/false): adds, per threshold, the MQLs it gives and the share of them that were won." };
        var thresholds = new Option<string?>("--thresholds") { Description = "Thresholds to compare with --outcomes, comma-separated (default 25 % to 200 % of the model's)." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json");
        var top = new Option<int?>("--top") { Description = "List only the N highest-scoring leads (default: all)." };
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of the console." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and report how many and why." };
        var command = new Command("score", "Replay exported activities through a scoring model: per lead the score, behaviour and fit parts, grade, the date it would have become MQL, "
            + "and MQLs per month; with --outcomes, how many MQLs each threshold gives and what share were won.\n\nExample:\n"
            + "  funnelcrm score --activities activities.csv --leads leads.csv --model my-model.json --at 2026-06-30 --outcomes outcomes.csv")
        {
            activities, leads, model, at, outcomes, thresholds, format, top, outFile, skipInvalid,
        };
        var org = new Org.OrgInput();
        org.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(top) is <= 0)
            {
                throw new CliException("--top must be greater than 0.");
            }

            var engine = new ScoringEngine(ModelCommand.Load(parsed.GetValue(model)));
            var skip = parsed.GetValue(skipInvalid);
            var thresholdList = Thresholds(parsed.GetValue(thresholds), engine.Model.MqlThreshold);
            using var fromOrg = org.Open(parsed, error, "activities", "leads", "outcomes");
            var activitiesPath = fromOrg?.Path("activities") ?? parsed.GetValue(activities) ?? throw new CliException("--activities: give the activities CSV, or --org to read them from the organization.");
            var history = ConsoleProgress.Run(error, "Reading " + Path.GetFileName(activitiesPath), progress => ActivityHistory.Read(activitiesPath, skip, progress));
            var profiles = (fromOrg?.Path("leads") ?? parsed.GetValue(leads)) is string leadsPath ? LeadProfiles.Read(leadsPath, skip) : LeadProfiles.None;
            var known = (fromOrg?.Path("outcomes") ?? parsed.GetValue(outcomes)) is string outcomesPath ? Outcomes.Read(outcomesPath, skip) : null;
            var instant = Options.Date(parsed.GetValue(at), "--at") ?? history.Latest
                ?? throw new CliException("--at is needed when the activities file has no activities.");
            var result = ConsoleProgress.Run(error, "Replaying " + Numbers.Count(history.Count) + " activities", progress => ScoreBacktest.Run(engine, history, profiles, instant, progress));
            var rows = known == null ? null : ThresholdTable.Compute(result.Leads, known, thresholdList);
            ReportCommand.Emit(output, parsed.GetValue(outFile), writer =>
            {
                if (parsed.GetValue(format) == "json")
                {
                    ScoreJson.Write(writer, result, parsed.GetValue(top), rows);
                }
                else
                {
                    ScoreTable.Write(writer, result, parsed.GetValue(top), rows, known == null ? 0 : ThresholdTable.WithoutOutcome(result.Leads, known));
                }
            });
            history.Skips.Describe(error);
            profiles.Skips?.Describe(error);
            known?.Skips.Describe(error);
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<double> Thresholds(string? text, double modelThreshold)
    {
        if (text == null)
        {
            return ThresholdTable.DefaultThresholds(modelThreshold);
        }

        var values = new List<double>();
        foreach (var part in text.Split(','))
        {
            if (!double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || double.IsInfinity(value))
            {
                throw new CliException("--thresholds: '" + part.Trim() + "' is not a number greater than 0 (e.g. --thresholds 60,80,100,120).");
            }

            values.Add(value);
        }

        return values.Distinct().OrderBy(v => v).ToArray();
    }
}
