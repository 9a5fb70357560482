using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Dataverse.Batch;
using FunnelCrm.Dataverse.Resilience;

namespace FunnelCrm.Dataverse;

/// <summary>Who the caller is, from WhoAmI.</summary>
public sealed record WhoAmI(Guid UserId, Guid BusinessUnitId, Guid OrganizationId);

/// <summary>
/// The Dataverse Web API operations FunnelCrm's integration uses. Records are JSON as the Web API writes them;
/// entity sets and keys are Web API names (<c>leads</c>, <c>fcm_interactions(fcm_sourcesystem='web',fcm_externalid='42')</c>).
/// Refusals throw <see cref="DataverseRefusedException"/>.
/// </summary>
public interface IDataverseClient : IDisposable
{
    /// <summary>The organization's URL.</summary>
    Uri Url { get; }

    /// <summary>What was sent so far.</summary>
    RequestStatistics Statistics { get; }

    /// <summary>GET WhoAmI.</summary>
    Task<WhoAmI> WhoAmIAsync(CancellationToken cancellation = default);

    /// <summary>GET RetrieveVersion: the organization's version (9.2.x).</summary>
    Task<string> RetrieveVersionAsync(CancellationToken cancellation = default);

    /// <summary>The rows of an entity set query (<c>$select=...&amp;$filter=...</c>), page by page (<c>Prefer: odata.maxpagesize</c>, <c>@odata.nextLink</c>); each row is valid until the next is read.</summary>
    IAsyncEnumerable<JsonElement> QueryAsync(string entitySet, string query, int pageSize = 5000, CancellationToken cancellation = default);

    /// <summary>The rows of a FetchXML query, page by page with paging cookies.</summary>
    IAsyncEnumerable<JsonElement> FetchAsync(string entitySet, string fetchXml, int pageSize = 5000, CancellationToken cancellation = default);

    /// <summary>GET one record by key (<c>(id)</c> or alternate key) with <c>$select</c>; null when it does not exist.</summary>
    Task<JsonElement?> RetrieveAsync(string entitySet, string key, string select, CancellationToken cancellation = default);

    /// <summary>POST a record; returns its id (from OData-EntityId).</summary>
    Task<Guid> CreateAsync(string entitySet, JsonObject record, CancellationToken cancellation = default);

    /// <summary>PATCH a record that must exist (<c>If-Match: *</c>).</summary>
    Task UpdateAsync(string entitySet, string key, JsonObject changes, CancellationToken cancellation = default);

    /// <summary>PATCH a record by key, creating it when missing (an upsert; safe to repeat).</summary>
    Task UpsertAsync(string entitySet, string key, JsonObject record, CancellationToken cancellation = default);

    /// <summary>POST {set}/Microsoft.Dynamics.CRM.CreateMultiple; returns the ids in order.</summary>
    Task<IReadOnlyList<Guid>> CreateMultipleAsync(string entitySet, string logicalName, IReadOnlyList<JsonObject> records, CancellationToken cancellation = default);

    /// <summary>POST {set}/Microsoft.Dynamics.CRM.UpsertMultiple: each record names its key in <c>@odata.id</c>; all or nothing; safe to repeat.</summary>
    Task UpsertMultipleAsync(string entitySet, string logicalName, IReadOnlyList<JsonObject> records, CancellationToken cancellation = default);

    /// <summary>
    /// POST $batch (at most 1,000 requests): in one change set (all or nothing) when <paramref name="changeSet"/>, else each on
    /// its own with <c>Prefer: odata.continue-on-error</c>; <paramref name="idempotent"/> lets a dropped connection be retried.
    /// A change set that fails throws with its first error's status and message.
    /// </summary>
    Task<IReadOnlyList<BatchResult>> BatchAsync(IReadOnlyList<BatchOperation> operations, bool changeSet, bool idempotent, CancellationToken cancellation = default);

    /// <summary>POST an unbound action with its parameters; returns its answer (null for 204).</summary>
    Task<JsonElement?> ExecuteAsync(string action, JsonObject parameters, CancellationToken cancellation = default);

    /// <summary>Whether a table supports a bulk message (a <c>sdkmessagefilters</c> row for it exists).</summary>
    Task<bool> SupportsAsync(string message, string logicalName, CancellationToken cancellation = default);
}
