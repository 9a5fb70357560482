using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Cli.Commands;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Output;
using FunnelCrm.Dataverse;

namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>
/// <c>funnelcrm org ingest --interactions FILE</c>: marketing signals into fcm_interaction, matched to leads by email,
/// upserted by the (source, external id) key so a re-run or a retry never counts a signal twice; streamed and batched,
/// a checkpoint after every committed batch for <c>--resume</c>; a summary of created, updated, unchanged and refused rows.
/// </summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var connection = new OrgConnection(environment);
        var file = new Option<string>("--interactions") { Description = "CSV of interactions: external_id,email,type,occurred_on (optional lead_id, subtype, source, campaign, url).", Required = true };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per write request (1-1000).", DefaultValueFactory = _ => 1000 };
        var createLeads = new Option<bool>("--create-leads") { Description = "Create a lead (stage trigger Interaction) for an email no lead has; without it such rows are refused." };
        var source = new Option<string>("--source") { Description = "Source system of rows without a source column (part of the interaction's key).", DefaultValueFactory = _ => "csv" };
        var resume = new Option<bool>("--resume") { Description = "Continue after the last batch an earlier run of this file committed." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Count bad rows as refused and import the others (default: refuse the file and import nothing)." };
        var input = new InputOptions(environment);
        var command = new Command("ingest", "Import marketing signals (web visits, sign-ups, webinars, events, demo requests) as interactions of their leads.\n\nExample:\n  funnelcrm org ingest --interactions signals.csv --create-leads")
        {
            file, batchSize, createLeads, source, resume, skipInvalid,
        };
        Array.ForEach(input.All, command.Options.Add);
        connection.AddTo(command);
        command.SetAction(parsed =>
        {
            var size = parsed.GetValue(batchSize);
            if (size is < 1 or > 1000)
            {
                throw new CliException("--batch-size must be between 1 and 1000.");
            }
            var settings = new IngestSettings(size, parsed.GetValue(createLeads), parsed.GetValue(source)!);
            var csv = CsvFile.Open(parsed.GetValue(file)!, input.Read(parsed), InteractionRow.Required, InteractionRow.Optional);
            return RunAsync(connection, parsed, csv, settings, parsed.GetValue(resume), parsed.GetValue(skipInvalid), output, error).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(OrgConnection connection, ParseResult parsed, CsvFile csv, IngestSettings settings, bool resume, bool skipInvalid, TextWriter output, TextWriter error)
    {
        var path = csv.Path;
        var checkpoint = resume ? IngestCheckpoint.Read(path) : new IngestCheckpoint(path, new FileInfo(path).Length, 0, IngestCounts.None);
        if (!skipInvalid)
        {
            ConsoleProgress.Run(error, "Checking " + Path.GetFileName(path), progress =>
            {
                foreach (var record in csv.Records(progress))
                {
                    InteractionRow.Read(record, settings.DefaultSource);
                }
                return 0;
            });
        }
        using var client = await connection.OpenAsync(parsed, error);
        var run = new IngestRun(client, settings, checkpoint.Counts);
        var last = checkpoint.LastLine;
        try
        {
            await Task.Run(() => ConsoleProgress.Run(error, "Ingesting " + Path.GetFileName(path), progress =>
            {
                var window = new List<InteractionRow>();
                foreach (var record in csv.Records(progress).Where(r => r.Line > checkpoint.LastLine))
                {
                    try
                    {
                        window.Add(InteractionRow.Read(record, settings.DefaultSource));
                    }
                    catch (CsvRowException bad)
                    {
                        run.Refuse(record.Line, bad.Message);
                    }
                    if (window.Count == settings.BatchSize * IngestSettings.BatchesPerLookup)
                    {
                        Flush(window);
                    }
                }
                Flush(window);
                return 0;
            }));
        }
        catch (DataverseRefusedException)
        {
            error.WriteLine("Stopped: the organization holds every row up to line " + last.ToString("N0", CultureInfo.InvariantCulture) + " (" + Describe(run.Counts)
                + "); run the same command with --resume to continue after it.");
            throw;
        }
        File.Delete(IngestCheckpoint.PathFor(path));
        output.WriteLine("Ingested " + path + ": " + Describe(run.Counts) + ".");
        foreach (var refusal in run.Refusals.OrderBy(r => r.Line).Take(20))
        {
            output.WriteLine("  refused line " + refusal.Line.ToString(CultureInfo.InvariantCulture) + ": " + refusal.Reason);
        }
        if (run.Counts.Refused > 20)
        {
            output.WriteLine("  (" + (run.Counts.Refused - 20).ToString("N0", CultureInfo.InvariantCulture) + " more refused rows)");
        }
        var rows = run.Counts.Created + run.Counts.Updated + run.Counts.Unchanged - checkpoint.Counts.Created - checkpoint.Counts.Updated - checkpoint.Counts.Unchanged;
        output.WriteLine("HTTP requests: " + client.Statistics.Requests.ToString("N0", CultureInfo.InvariantCulture)
            + (client.Statistics.Requests > 0 ? " (" + (rows / (double)client.Statistics.Requests).ToString("N1", CultureInfo.InvariantCulture) + " rows per request)" : "")
            + ", " + client.Statistics.Retries.ToString("N0", CultureInfo.InvariantCulture) + " retried.");
        return 0;

        void Flush(List<InteractionRow> window)
        {
            if (window.Count == 0)
            {
                return;
            }
            run.WindowAsync(window, line =>
            {
                last = line;
                (checkpoint with { LastLine = line, Counts = run.Counts }).Write();
            }, default).GetAwaiter().GetResult();
            window.Clear();
        }
    }

    private static string Describe(IngestCounts counts) =>
        string.Join(", ", new[] { (counts.Created, "created"), (counts.Updated, "updated"), (counts.Unchanged, "unchanged"), (counts.Refused, "refused") }
            .Select(c => c.Item1.ToString("N0", CultureInfo.InvariantCulture) + " " + c.Item2));
}
