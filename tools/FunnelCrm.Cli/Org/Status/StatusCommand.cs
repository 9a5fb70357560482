using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Dataverse;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Cli.Org.Status;

/// <summary>
/// <c>funnelcrm org status</c>: whether FunnelCrm runs as it should: every declared step registered and enabled, one
/// valid settings row, no failed system jobs of FunnelCrm's asynchronous steps and no plug-in trace log entries of
/// FunnelCrm with an exception since <c>--since</c> (default the last 24 hours). Exit code 1 when something needs an admin.
/// </summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var connection = new OrgConnection(environment);
        var since = new Option<string?>("--since") { Description = "Look at system jobs and trace logs from this instant on (ISO 8601; default 24 hours ago)." };
        var command = new Command("status", "Check that FunnelCrm's steps are registered and enabled, its settings row is valid, and nothing failed lately; exit code 1 when an admin must act.\n\nExample:\n  funnelcrm org status")
        {
            since,
        };
        connection.AddTo(command);
        command.SetAction(parsed =>
        {
            var from = Commands.Options.Date(parsed.GetValue(since), "--since", Formats.UserCulture.Invariant) ?? DateTime.UtcNow.AddHours(-24);
            using var client = connection.OpenAsync(parsed, error).GetAwaiter().GetResult();
            var problems = RunAsync(client, from, output).GetAwaiter().GetResult();
            output.WriteLine(problems == 0 ? "Everything is in order." : problems + (problems == 1 ? " thing needs" : " things need") + " an admin.");
            return problems == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<int> RunAsync(IDataverseClient client, DateTime since, TextWriter output)
    {
        var problems = 0;
        output.WriteLine("FunnelCrm: " + await WhoAmICommand.InstalledAsync(client));
        var steps = typeof(ActivityScoringPlugin).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(PluginStepAttribute), false).Cast<PluginStepAttribute>().Select(s => (Type: t.FullName!, Step: s)))
            .OrderBy(s => s.Type, StringComparer.Ordinal).ToList();
        var missing = new List<string>();
        foreach (var (type, step) in steps)
        {
            var row = await client.RetrieveAsync("sdkmessageprocessingsteps", Guid.Parse(step.Id.Trim('{', '}')).ToString("D"), "statecode");
            if (row == null || row.Value.GetProperty("statecode").GetInt32() != 0)
            {
                missing.Add(type + ": " + step.Message + " of " + step.Table + (row == null ? " is not registered" : " is disabled"));
            }
        }
        output.WriteLine("Steps: " + (steps.Count - missing.Count) + " of " + steps.Count + " registered and enabled.");
        missing.ForEach(m => output.WriteLine("  " + m));
        problems += missing.Count;
        problems += await SettingsAsync(client, output);
        var window = " ge " + IsoDate.Format(since);
        problems += await ListAsync(client, output, "Failed system jobs of FunnelCrm's asynchronous steps since " + IsoDate.Format(since),
            "asyncoperations", "$select=name,message,createdon&$filter=" + Uri.EscapeDataString("statuscode eq 31 and operationtype eq 1 and startswith(name,'FunnelCrm.') and createdon" + window),
            row => Text(row, "createdon") + " " + Text(row, "name") + ": " + Text(row, "message"));
        problems += await ListAsync(client, output, "Plug-in trace log entries of FunnelCrm with an exception since " + IsoDate.Format(since),
            "plugintracelogs", "$select=typename,messagename,exceptiondetails,createdon&$filter=" + Uri.EscapeDataString("startswith(typename,'FunnelCrm.') and exceptiondetails ne null and createdon" + window),
            row => Text(row, "createdon") + " " + Text(row, "typename") + " (" + Text(row, "messagename") + "): " + Text(row, "exceptiondetails"));
        return problems;
    }

    private static async Task<int> SettingsAsync(IDataverseClient client, TextWriter output)
    {
        var rows = new List<(decimal? Threshold, decimal? HalfLife)>();
        await foreach (var row in client.QueryAsync("fcm_funnelsettingses", "$select=" + FunnelSettingsColumns.MqlThreshold + "," + FunnelSettingsColumns.HalfLifeDays + "&$filter=statecode eq 0"))
        {
            rows.Add((Number(row, FunnelSettingsColumns.MqlThreshold), Number(row, FunnelSettingsColumns.HalfLifeDays)));
        }
        var problem = rows.Count switch
        {
            0 => "no active settings row (fcm_funnelsettings): create one",
            > 1 => rows.Count + " active settings rows: FunnelCrm reads one, deactivate the others",
            _ when rows[0].Threshold is not > 0 => "the settings row's MQL threshold must be above 0",
            _ when rows[0].HalfLife is not > 0 => "the settings row's decay half-life must be above 0 days",
            _ => null,
        };
        output.WriteLine("Settings: " + (problem ?? "one active row, valid") + ".");
        return problem == null ? 0 : 1;
    }

    private static async Task<int> ListAsync(IDataverseClient client, TextWriter output, string title, string set, string query, Func<JsonElement, string> line)
    {
        var lines = new List<string>();
        await foreach (var row in client.QueryAsync(set, query))
        {
            lines.Add(line(row));
        }
        output.WriteLine(title + ": " + (lines.Count == 0 ? "none." : lines.Count.ToString(CultureInfo.InvariantCulture) + "."));
        foreach (var text in lines.Take(20))
        {
            output.WriteLine("  " + text);
        }
        return lines.Count;
    }

    private static string? Text(JsonElement row, string column) => row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement row, string column) => row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
}
