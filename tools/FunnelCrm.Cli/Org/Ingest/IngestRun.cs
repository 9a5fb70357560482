using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Dataverse;
using FunnelCrm.Dataverse.Batch;
using FunnelCrm.Packaging.Registrations;

namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>
/// Writes interaction rows into the organization, a window of <see cref="IngestSettings.BatchesPerLookup"/> batches at a
/// time: one <c>$batch</c> of lookups (leads by email, leads by id, the window's existing interactions by key), new leads
/// when the settings allow (created with an id derived from the email and <c>If-None-Match: *</c>, so a retry never makes
/// two), then each batch of new and changed rows as one <c>$batch</c> of upserts by the alternate key, each its own
/// transaction with continue on error (so a refused row is named and the others stay), creates with
/// <c>If-None-Match: *</c> so a retried request can never count a signal twice. Unchanged rows are not written.
/// </summary>
public sealed class IngestRun
{
    private const int LeadCacheLimit = 200_000;

    private readonly IDataverseClient client;
    private readonly IngestSettings settings;
    private readonly Dictionary<string, Guid> leadsByEmail = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> knownLeads = new();
    private readonly List<IngestRefusal> refusals = new();
    private long created;
    private long updated;
    private long unchanged;
    private long refused;

    /// <summary>A run writing through <paramref name="client"/>.</summary>
    public IngestRun(IDataverseClient client, IngestSettings settings, IngestCounts start)
    {
        this.client = client;
        this.settings = settings;
        (created, updated, unchanged, refused) = (start.Created, start.Updated, start.Unchanged, start.Refused);
    }

    /// <summary>The counts so far.</summary>
    public IngestCounts Counts => new(created, updated, unchanged, refused);

    /// <summary>The first refused rows (at most 1,000 are kept), in line order.</summary>
    public IReadOnlyList<IngestRefusal> Refusals => refusals;

    /// <summary>Counts a row refused before it was sent (a bad CSV row under --skip-invalid).</summary>
    public void Refuse(int line, string reason)
    {
        refused++;
        if (refusals.Count < 1000)
        {
            refusals.Add(new IngestRefusal(line, reason));
        }
    }

    /// <summary>Writes one window of rows; <paramref name="committed"/> hears the last line of each batch the organization committed.</summary>
    public async Task WindowAsync(IReadOnlyList<InteractionRow> window, Action<int> committed, CancellationToken cancellation)
    {
        var rows = Deduplicated(window);
        var existing = await LookUpAsync(rows, cancellation);
        if (settings.CreateLeads)
        {
            await CreateLeadsAsync(rows.Where(r => r.LeadId == null && !leadsByEmail.ContainsKey(r.Email!)).Select(r => r.Email!).Distinct().ToList(), cancellation);
        }
        var writes = new List<(InteractionRow Row, Guid Lead, bool Create)>();
        foreach (var row in rows)
        {
            if (LeadOf(row) is not Guid lead)
            {
                Refuse(row.Line, row.LeadId is Guid id
                    ? "no lead has the id " + id.ToString("D")
                    : "no lead has the email " + row.Email + " (pass --create-leads to create one)");
                continue;
            }
            if (!existing.TryGetValue(row.Key, out var stored))
            {
                writes.Add((row, lead, true));
            }
            else if (InteractionRecords.Same(stored, row, lead))
            {
                unchanged++;
            }
            else
            {
                writes.Add((row, lead, false));
            }
        }
        foreach (var batch in writes.Chunk(settings.BatchSize))
        {
            await WriteAsync(batch, cancellation);
            committed(batch[^1].Row.Line);
        }
        if (writes.Count == 0 && rows.Count > 0)
        {
            committed(rows[^1].Line);
        }
        if (leadsByEmail.Count > LeadCacheLimit)
        {
            leadsByEmail.Clear();
        }
    }

    private List<InteractionRow> Deduplicated(IReadOnlyList<InteractionRow> window)
    {
        var last = new Dictionary<(string, string), InteractionRow>();
        foreach (var row in window)
        {
            if (last.TryGetValue(row.Key, out var earlier))
            {
                Refuse(earlier.Line, "line " + row.Line + " has the same source and external_id; the later row is imported");
            }
            last[row.Key] = row;
        }
        return window.Where(r => ReferenceEquals(last[r.Key], r)).ToList();
    }

    private Guid? LeadOf(InteractionRow row) =>
        row.LeadId is Guid id ? (knownLeads.Contains(id) ? id : null)
        : leadsByEmail.TryGetValue(row.Email!, out var lead) ? lead : null;

    private async Task<Dictionary<(string, string), JsonElement>> LookUpAsync(List<InteractionRow> rows, CancellationToken cancellation)
    {
        var queries = new List<(BatchOperation Operation, Action<JsonElement> Read)>();
        foreach (var emails in rows.Where(r => r.LeadId == null).Select(r => r.Email!).Distinct().Where(e => !leadsByEmail.ContainsKey(e)).Chunk(IngestSettings.KeysPerQuery))
        {
            queries.Add((Get("leads?$select=leadid,emailaddress1&$filter=" + AnyOf("emailaddress1", emails.Select(InteractionRecords.Literal))), row =>
            {
                var email = row.GetProperty("emailaddress1").GetString()?.ToLowerInvariant();
                if (email != null)
                {
                    leadsByEmail.TryAdd(email, row.GetProperty("leadid").GetGuid());
                }
            }));
        }
        foreach (var ids in rows.Where(r => r.LeadId is Guid id && !knownLeads.Contains(id)).Select(r => r.LeadId!.Value).Distinct().Chunk(IngestSettings.KeysPerQuery))
        {
            queries.Add((Get("leads?$select=leadid&$filter=" + AnyOf("leadid", ids.Select(id => id.ToString("D")))), row => knownLeads.Add(row.GetProperty("leadid").GetGuid())));
        }
        var existing = new Dictionary<(string, string), JsonElement>();
        foreach (var bySource in rows.GroupBy(r => r.Source, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var keys in bySource.Select(r => r.ExternalId).Distinct(StringComparer.OrdinalIgnoreCase).Chunk(IngestSettings.KeysPerQuery))
            {
                queries.Add((Get(InteractionRecords.EntitySet + "?$select=" + InteractionRecords.Select + "&$filter=" + InteractionColumns.SourceSystem + " eq " + InteractionRecords.Literal(bySource.Key)
                    + " and (" + AnyOf(InteractionColumns.ExternalId, keys.Select(InteractionRecords.Literal)) + ")"), row =>
                {
                    existing[(row.GetProperty(InteractionColumns.SourceSystem).GetString()!.ToLowerInvariant(), row.GetProperty(InteractionColumns.ExternalId).GetString()!.ToLowerInvariant())] = row.Clone();
                }));
            }
        }
        foreach (var chunk in queries.Chunk(BatchRequestWriter.MaxOperations))
        {
            var answers = await client.BatchAsync(chunk.Select(q => q.Operation).ToList(), changeSet: false, idempotent: true, cancellation);
            for (var i = 0; i < answers.Count; i++)
            {
                if (!answers[i].Succeeded)
                {
                    throw new DataverseRefusedException(answers[i].Status, "", "A lookup of the ingest was refused: " + answers[i].Body);
                }
                using var page = JsonDocument.Parse(answers[i].Body);
                foreach (var row in page.RootElement.GetProperty("value").EnumerateArray())
                {
                    chunk[i].Read(row);
                }
            }
        }
        return existing;
    }

    private async Task CreateLeadsAsync(List<string> emails, CancellationToken cancellation)
    {
        foreach (var batch in emails.Chunk(settings.BatchSize))
        {
            var operations = batch.Select(email => new BatchOperation(HttpMethod.Patch, "leads(" + LeadIdOf(email).ToString("D") + ")", new JsonObject
            {
                [LeadStandardColumns.EmailAddress] = email,
                [LeadStandardColumns.LastName] = email.Substring(0, email.IndexOf('@', StringComparison.Ordinal)),
                [LeadStandardColumns.Subject] = "Marketing signal from " + email,
                [LeadColumns.StageTrigger] = StageTriggerOption.Interaction,
            }, CreateOnly)).ToList();
            var answers = await client.BatchAsync(operations, changeSet: false, idempotent: true, cancellation);
            foreach (var (email, answer) in batch.Zip(answers))
            {
                if (!answer.Succeeded && answer.Status != 412)
                {
                    throw new DataverseRefusedException(answer.Status, "", "The lead for " + email + " could not be created: " + ErrorText(answer.Body));
                }
            }
            foreach (var email in batch)
            {
                leadsByEmail[email] = LeadIdOf(email);
            }
        }
    }

    /// <summary>The id a lead created for an email gets (a name-based UUID), so a repeated create finds the first.</summary>
    public static Guid LeadIdOf(string email) => StableIds.For("lead:" + email.ToLowerInvariant());

    /// <summary>
    /// Sends a batch's writes as one <c>$batch</c> of independent upserts (each its own transaction; continue on error).
    /// A create answered 412 ("a record with matching key values already exists") after a retry was committed by the
    /// attempt whose answer was lost: it counts once, as created.
    /// </summary>
    private async Task WriteAsync((InteractionRow Row, Guid Lead, bool Create)[] batch, CancellationToken cancellation)
    {
        var operations = batch.Select(w => new BatchOperation(HttpMethod.Patch, InteractionRecords.KeyUrl(w.Row), InteractionRecords.Record(w.Row, w.Lead), w.Create ? CreateOnly : UpdateOnly)).ToList();
        var retriesBefore = client.Statistics.Retries;
        var answers = await client.BatchAsync(operations, changeSet: false, idempotent: true, cancellation);
        var retried = client.Statistics.Retries > retriesBefore;
        for (var i = 0; i < batch.Length; i++)
        {
            if (answers[i].Succeeded || (batch[i].Create && retried && answers[i].Status == 412))
            {
                created += batch[i].Create ? 1 : 0;
                updated += batch[i].Create ? 0 : 1;
                continue;
            }
            Refuse(batch[i].Row.Line, answers[i].Status == 412
                ? "another writer created this interaction while the ingest ran; run the ingest again to compare it"
                : ErrorText(answers[i].Body));
        }
    }

    private static readonly IReadOnlyDictionary<string, string> CreateOnly = new Dictionary<string, string> { ["If-None-Match"] = "*" };

    private static readonly IReadOnlyDictionary<string, string> UpdateOnly = new Dictionary<string, string> { ["If-Match"] = "*" };

    private static BatchOperation Get(string url) => new(HttpMethod.Get, url);

    private static string AnyOf(string column, IEnumerable<string> literals) =>
        string.Join(" or ", literals.Select(literal => column + " eq " + literal));

    private static string ErrorText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.GetProperty("error").GetProperty("message").GetString() ?? body;
        }
        catch (Exception unreadable) when (unreadable is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body;
        }
    }
}
