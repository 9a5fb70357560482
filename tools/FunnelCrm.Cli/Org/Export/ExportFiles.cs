using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Dataverse;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Cli.Org.Export;

/// <summary>
/// The rows of the CSV files <c>report</c>, <c>score</c> and <c>plan</c> read (the format <c>demo --export</c> writes),
/// read from the organization page by page and never held whole: transitions (lead_id,stage,entered_on), activities
/// (lead_id,type,occurred_on,subtype,direction,state,activity_id of every scored activity whose regarding row is a
/// lead), leads (lead_id and the profile columns) and outcomes (lead_id,won for every closed opportunity of a lead).
/// </summary>
public static class ExportFiles
{
    /// <summary>The header of each kind.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>
    {
        ["transitions"] = new[] { "lead_id", "stage", "entered_on" },
        ["activities"] = new[] { "lead_id", "type", "occurred_on", "subtype", "direction", "state", "activity_id" },
        ["leads"] = new[] { "lead_id" }.Concat(ProfileColumns.LeadColumns).ToArray(),
        ["outcomes"] = new[] { "lead_id", "won" },
    };

    /// <summary>The rows of one kind.</summary>
    public static IAsyncEnumerable<string?[]> Rows(IDataverseClient client, string kind, CancellationToken cancellation) => kind switch
    {
        "transitions" => Transitions(client, cancellation),
        "activities" => Activities(client, cancellation),
        "leads" => Leads(client, cancellation),
        _ => Outcomes(client, cancellation),
    };

    private static async IAsyncEnumerable<string?[]> Transitions(IDataverseClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var query = "$select=_" + StageTransitionColumns.LeadId + "_value," + StageTransitionColumns.ToStage + "," + StageTransitionColumns.TransitionOn
            + "&$orderby=" + StageTransitionColumns.TransitionOn + " asc,_" + StageTransitionColumns.LeadId + "_value asc";
        await foreach (var row in client.QueryAsync("fcm_stagetransitions", query, 5000, cancellation))
        {
            var stage = FunnelOptions.Stage(Option(row, StageTransitionColumns.ToStage));
            if (stage != null && Text(row, "_" + StageTransitionColumns.LeadId + "_value") is { } lead)
            {
                yield return new string?[] { lead, FunnelStages.Label(stage.Value), Date(row, StageTransitionColumns.TransitionOn) };
            }
        }
    }

    private static async IAsyncEnumerable<string?[]> Activities(IDataverseClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        foreach (var table in ScoredActivityQuery.ScoredTables)
        {
            var columns = new List<string> { "activityid", "_regardingobjectid_value", "statecode", "actualend", "createdon" };
            if (table is Tables.Email or Tables.PhoneCall)
            {
                columns.Add("directioncode");
            }
            if (table == Tables.Interaction)
            {
                columns.AddRange(new[] { InteractionColumns.InteractionType, InteractionColumns.OccurredOn });
            }
            var set = table == Tables.Interaction ? "fcm_interactions" : table + "s";
            await foreach (var row in client.QueryAsync(set, "$select=" + string.Join(",", columns) + "&$orderby=createdon asc", 5000, cancellation))
            {
                if (LeadOfRegarding(row) is not Guid lead)
                {
                    continue;
                }
                var entity = new Entity(table, row.GetProperty("activityid").GetGuid());
                entity[ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, lead);
                entity[ActivityStandardColumns.StateCode] = Option(row, "statecode");
                entity[ActivityStandardColumns.ActualEnd] = DateValue(row, "actualend");
                entity[ActivityStandardColumns.CreatedOn] = DateValue(row, "createdon");
                if (row.TryGetProperty("directioncode", out var direction) && direction.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    entity[ActivityStandardColumns.DirectionCode] = direction.GetBoolean();
                }
                if (table == Tables.Interaction)
                {
                    entity[InteractionColumns.InteractionType] = Option(row, InteractionColumns.InteractionType);
                    entity[InteractionColumns.OccurredOn] = DateValue(row, InteractionColumns.OccurredOn);
                }
                var activity = new ActivityRecord(entity).ToScored(DateTime.UtcNow);
                yield return new string?[]
                {
                    lead.ToString("D"), activity.Table, IsoDate.Format(activity.OccurredOn), activity.Subtype,
                    activity.Direction.ToString().ToLowerInvariant(), activity.State.ToString().ToLowerInvariant(), activity.Id,
                };
            }
        }
    }

    private static async IAsyncEnumerable<string?[]> Leads(IDataverseClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var columns = ProfileColumns.LeadColumns.Where(c => c != ProfileColumns.DaysInactive).ToList();
        await foreach (var row in client.QueryAsync("leads", "$select=leadid," + string.Join(",", columns.Append("revenue_base").Distinct()) + "&$orderby=leadid asc", 5000, cancellation))
        {
            yield return new[] { row.GetProperty("leadid").GetString() }
                .Concat(ProfileColumns.LeadColumns.Select(c => c == ProfileColumns.DaysInactive ? null : Plain(row, c == ProfileColumns.Revenue ? "revenue_base" : c)))
                .ToArray();
        }
    }

    private static async IAsyncEnumerable<string?[]> Outcomes(IDataverseClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var row in client.QueryAsync("opportunities", "$select=_originatingleadid_value,statecode&$filter=statecode ne 0 and _originatingleadid_value ne null&$orderby=_originatingleadid_value asc", 5000, cancellation))
        {
            yield return new string?[] { Text(row, "_originatingleadid_value"), Option(row, "statecode")?.Value == 1 ? "true" : "false" };
        }
    }

    private static Guid? LeadOfRegarding(JsonElement row) =>
        row.TryGetProperty("_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname", out var table) && table.GetString() == Tables.Lead
            && Guid.TryParse(Text(row, "_regardingobjectid_value"), out var id) ? id : null;

    private static OptionSetValue? Option(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.Number ? new OptionSetValue(value.GetInt32()) : null;

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTime? DateValue(JsonElement row, string column) =>
        Text(row, column) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? Date(JsonElement row, string column) => DateValue(row, column) is { } date ? IsoDate.Format(date) : null;

    private static string? Plain(JsonElement row, string column) =>
        !row.TryGetProperty(column, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
}
