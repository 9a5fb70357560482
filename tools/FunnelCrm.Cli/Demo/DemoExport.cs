using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Output;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using nietras.SeparatedValues;

namespace FunnelCrm.Cli.Demo;

/// <summary>
/// Writes the emulated CRM's rows after a demo run as the CSV files <c>report</c>, <c>score</c> and <c>plan</c> read:
/// transitions.csv (lead_id,stage,entered_on), activities.csv (lead_id,type,occurred_on,subtype,direction,state,activity_id),
/// leads.csv (lead_id and the profile columns) and outcomes.csv (lead_id,won for every closed opportunity of a lead).
/// Lead ids are the CRM's lead GUIDs; dates are ISO 8601 UTC; numbers invariant; comma-separated, UTF-8.
/// </summary>
public static class DemoExport
{
    /// <summary>The files written, in order.</summary>
    public static readonly string[] Files = { "transitions.csv", "activities.csv", "leads.csv", "outcomes.csv" };

    /// <summary>Writes the four files into <paramref name="folder"/> and says what it wrote.</summary>
    public static void Write(TextWriter output, DemoResult result, string folder)
    {
        var service = result.Organization.CreateService();
        var counts = new[]
        {
            Csv(folder, Files[0], new[] { "lead_id", "stage", "entered_on" }, Transitions(service)),
            Csv(folder, Files[1], new[] { "lead_id", "type", "occurred_on", "subtype", "direction", "state", "activity_id" }, Activities(service, result.AsOf)),
            Csv(folder, Files[2], new[] { "lead_id" }.Concat(ProfileColumns.LeadColumns).ToArray(), Leads(service)),
            Csv(folder, Files[3], new[] { "lead_id", "won" }, Outcomes(service)),
        };
        output.WriteLine("Exported to " + folder + ": " + string.Join(", ", Files.Select((file, i) => file + " (" + counts[i].ToString("N0", CultureInfo.InvariantCulture) + " rows)")) + ".");
    }

    private static long Csv(string folder, string file, string[] header, IEnumerable<string?[]> rows)
    {
        var count = 0L;
        AtomicFile.Write(Path.Combine(folder, file), text =>
        {
            using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true);
            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]].Set(values[i] ?? "");
                }

                count++;
            }
        }, "--export");
        return count;
    }

    private static IEnumerable<string?[]> Transitions(IOrganizationService service)
    {
        var query = new QueryExpression(Tables.StageTransition)
        {
            ColumnSet = new ColumnSet(StageTransitionColumns.LeadId, StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn),
        };
        return DemoRows.All(service, query)
            .Select(row => (Lead: row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id, Stage: FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage)),
                On: DateTime.SpecifyKind(row.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn), DateTimeKind.Utc)))
            .Where(t => t.Stage != null)
            .OrderBy(t => t.On).ThenBy(t => t.Lead)
            .Select(t => new string?[] { Id(t.Lead), FunnelStages.Label(t.Stage!.Value), IsoDate.Format(t.On) });
    }

    private static IEnumerable<string?[]> Activities(IOrganizationService service, DateTime asOf)
    {
        var rows = new List<(Guid Lead, ScoredActivity Activity)>();
        foreach (var table in ScoredActivityQuery.ScoredTables)
        {
            foreach (var row in DemoRows.All(service, new QueryExpression(table) { ColumnSet = new ColumnSet(true) }))
            {
                var record = new ActivityRecord(row);
                if (record.LeadId is Guid lead)
                {
                    rows.Add((lead, record.ToScored(asOf)));
                }
            }
        }

        return rows.OrderBy(r => r.Activity.OccurredOn).ThenBy(r => r.Activity.Id, StringComparer.Ordinal).Select(r => new string?[]
        {
            Id(r.Lead), r.Activity.Table, IsoDate.Format(r.Activity.OccurredOn), r.Activity.Subtype,
            r.Activity.Direction.ToString().ToLowerInvariant(), r.Activity.State.ToString().ToLowerInvariant(), r.Activity.Id,
        });
    }

    private static IEnumerable<string?[]> Leads(IOrganizationService service) =>
        DemoRows.All(service, new QueryExpression(Tables.Lead) { ColumnSet = LeadRecord.Columns })
            .Select(row => new LeadRecord(row))
            .OrderBy(lead => lead.Id)
            .Select(lead => new[] { Id(lead.Id) }.Concat(ProfileColumns.LeadColumns.Select(column => Value(lead.Profile.TryGetValue(column, out var value) ? value : null))).ToArray());

    private static IEnumerable<string?[]> Outcomes(IOrganizationService service)
    {
        var query = new QueryExpression(Tables.Opportunity) { ColumnSet = new ColumnSet(OpportunityStandardColumns.OriginatingLeadId, OpportunityStandardColumns.StateCode) };
        return DemoRows.All(service, query)
            .Select(row => (Lead: row.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId)?.Id, State: row.GetAttributeValue<OptionSetValue>(OpportunityStandardColumns.StateCode)?.Value ?? 0))
            .Where(o => o.Lead != null && o.State != 0)
            .OrderBy(o => o.Lead)
            .Select(o => new string?[] { Id(o.Lead!.Value), o.State == 1 ? "true" : "false" });
    }

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static string? Value(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
