using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>The Web API shape of an interaction row: its key URL, the record to write, and whether an existing record already says the same.</summary>
public static class InteractionRecords
{
    /// <summary>The entity set.</summary>
    public const string EntitySet = "fcm_interactions";

    /// <summary>The columns read to compare.</summary>
    public const string Select = "fcm_sourcesystem,fcm_externalid,fcm_interactiontype,fcm_occurredon,subject,description,_regardingobjectid_value";

    private const string RegardingLead = "regardingobjectid_lead_fcm_interaction@odata.bind";

    /// <summary>The key segment: <c>fcm_interactions(fcm_sourcesystem='web',fcm_externalid='42')</c>.</summary>
    public static string KeyUrl(InteractionRow row) =>
        EntitySet + "(" + InteractionColumns.SourceSystem + "=" + Literal(row.Source) + "," + InteractionColumns.ExternalId + "=" + Literal(row.ExternalId) + ")";

    /// <summary>A string literal of a URL: quotes doubled, then percent-encoded.</summary>
    public static string Literal(string value) => "'" + Uri.EscapeDataString(value.Replace("'", "''", StringComparison.Ordinal)) + "'";

    /// <summary>The record to write for the row about <paramref name="lead"/>.</summary>
    public static JsonObject Record(InteractionRow row, Guid lead) => new()
    {
        [InteractionColumns.InteractionType] = FunnelOptions.InteractionType(row.Type).Value,
        [InteractionColumns.OccurredOn] = Second(row.OccurredOn).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        [InteractionColumns.Subject] = row.Subject,
        [InteractionColumns.Description] = row.Description,
        [RegardingLead] = "/leads(" + lead.ToString("D") + ")",
    };

    /// <summary>Whether the stored record holds what the row would write.</summary>
    public static bool Same(JsonElement stored, InteractionRow row, Guid lead) =>
        Int(stored, InteractionColumns.InteractionType) == FunnelOptions.InteractionType(row.Type).Value
        && Text(stored, InteractionColumns.OccurredOn) is { } occurred && DateTime.TryParse(occurred, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var on) && on == Second(row.OccurredOn)
        && Text(stored, InteractionColumns.Subject) == row.Subject
        && Text(stored, InteractionColumns.Description) == row.Description
        && Text(stored, "_regardingobjectid_value") is { } regarding && Guid.TryParse(regarding, out var id) && id == lead;

    private static DateTime Second(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    private static string? Text(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
