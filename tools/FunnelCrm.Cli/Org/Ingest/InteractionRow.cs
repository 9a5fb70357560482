using System;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Crm.Mapping;

namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>
/// One marketing signal of the interactions CSV: <c>external_id,email,type,occurred_on</c> required (email may be empty
/// when <c>lead_id</c> names the lead), optional <c>lead_id</c>, <c>subtype</c>, <c>source</c>, <c>campaign</c>, <c>url</c>.
/// </summary>
public sealed record InteractionRow(int Line, string Source, string ExternalId, string? Email, Guid? LeadId, string Type, DateTime OccurredOn, string? Subtype, string? Campaign, string? Url)
{
    /// <summary>The required header columns.</summary>
    public static readonly string[] Required = { "external_id", "email", "type", "occurred_on" };

    /// <summary>The optional columns.</summary>
    public static readonly string[] Optional = { "lead_id", "subtype", "source", "campaign", "url" };

    /// <summary>The alternate key (source system, external id), compared without case as Dataverse compares text.</summary>
    public (string, string) Key => (Source.ToLowerInvariant(), ExternalId.ToLowerInvariant());

    /// <summary>The subject written to the interaction.</summary>
    public string Subject => Subtype ?? Type;

    /// <summary>The description written to the interaction (campaign and URL, one a line).</summary>
    public string? Description =>
        Campaign == null && Url == null ? null : string.Join("\n", new[] { Campaign == null ? null : "Campaign: " + Campaign, Url == null ? null : "URL: " + Url }.Where(l => l != null));

    /// <summary>Reads a record, refusing a bad one with the file, line, column and what to fix.</summary>
    public static InteractionRow Read(CsvRecord record, string defaultSource)
    {
        var externalId = record.Required("external_id");
        if (externalId.Length > 100)
        {
            throw record.Error("external_id", "is longer than 100 characters", "long external_id");
        }
        var source = record.Text("source") ?? defaultSource;
        if (source.Length > 100)
        {
            throw record.Error("source", "is longer than 100 characters", "long source");
        }
        var type = record.Required("type").ToLowerInvariant();
        if (!FunnelOptions.InteractionSubtypeWords.Contains(type))
        {
            throw record.Error("type", "'" + type + "' is not an interaction type (" + string.Join(", ", FunnelOptions.InteractionSubtypeWords) + ")", "unknown type");
        }
        var email = record.Text("email");
        Guid? lead = null;
        if (record.Text("lead_id") is { } leadText)
        {
            lead = Guid.TryParse(leadText, out var id) ? id : throw record.Error("lead_id", "'" + leadText + "' is not a lead id (a GUID)", "bad lead_id");
        }
        if (email == null && lead == null)
        {
            throw record.Error("email", "is empty and the row has no lead_id: give the lead's email or its id", "no email or lead");
        }
        if (email != null && (email.Length > 100 || !email.Contains('@', StringComparison.Ordinal)))
        {
            throw record.Error("email", "'" + email + "' is not an email address", "bad email");
        }
        return new InteractionRow(record.Line, source, externalId, email?.ToLowerInvariant(), lead, type, record.Date("occurred_on"), record.Text("subtype"), record.Text("campaign"), record.Text("url"));
    }
}
