using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Cli.Output;
using FunnelCrm.Dataverse;
using nietras.SeparatedValues;

namespace FunnelCrm.Cli.Org.Export;

/// <summary><c>funnelcrm org export --transitions|--activities|--leads|--outcomes FILE</c>: the CSVs report, score and plan read, from the organization.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var connection = new OrgConnection(environment);
        var options = ExportFiles.Headers.Keys.ToDictionary(kind => kind, kind => new Option<string?>("--" + kind) { Description = "Write the " + kind + " CSV to this file." });
        var command = new Command("export", "Export the funnel's data as the CSV files report, score and plan read (paged, streamed).\n\nExample:\n  funnelcrm org export --transitions transitions.csv --activities activities.csv");
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }
        connection.AddTo(command);
        command.SetAction(parsed =>
        {
            var files = options.Where(o => parsed.GetValue(o.Value) != null).ToDictionary(o => o.Key, o => parsed.GetValue(o.Value)!);
            if (files.Count == 0)
            {
                throw new CliException("Say what to export: --transitions, --activities, --leads and/or --outcomes, each with a file.");
            }
            using var client = connection.OpenAsync(parsed, error).GetAwaiter().GetResult();
            foreach (var (kind, file) in files)
            {
                var rows = WriteAsync(client, kind, file, default).GetAwaiter().GetResult();
                output.WriteLine("Wrote " + file + " (" + rows.ToString("N0", CultureInfo.InvariantCulture) + " " + kind + ").");
            }
            output.WriteLine("HTTP requests: " + client.Statistics.Requests.ToString("N0", CultureInfo.InvariantCulture) + ", " + client.Statistics.Retries.ToString("N0", CultureInfo.InvariantCulture) + " retried.");
            return 0;
        });
        return command;
    }

    /// <summary>Writes one kind to <paramref name="file"/> (through a temporary file); returns the rows written.</summary>
    public static async Task<long> WriteAsync(IDataverseClient client, string kind, string file, CancellationToken cancellation)
    {
        var header = ExportFiles.Headers[kind];
        var count = 0L;
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var text = new StreamWriter(temporary))
            using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
            {
                writer.Header.Add(header);
                await foreach (var values in ExportFiles.Rows(client, kind, cancellation))
                {
                    using var row = writer.NewRow();
                    for (var i = 0; i < header.Length; i++)
                    {
                        row[header[i]].Set(values[i] ?? "");
                    }
                    count++;
                }
            }
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return count;
    }
}
