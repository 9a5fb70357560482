using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Json;
using FunnelCrm.Emulator.WebApi.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>
/// One Web API request as the handlers see it: the HTTP context, the organization's model, the caller's organization
/// service (inside a change set: the change set's transaction), the Prefer values, and the service root URL.
/// </summary>
public sealed class ApiRequest
{
    /// <summary>The version the service root names.</summary>
    public const string RootPath = "/api/data/v9.2/";

    /// <summary>Describes a request.</summary>
    public ApiRequest(HttpContext http, ApiModel model, Organization organization, Guid userId, IOrganizationService service, IReadOnlyDictionary<string, string>? contentIds)
    {
        Http = http;
        Model = model;
        Organization = organization;
        UserId = userId;
        Service = service;
        ContentIds = contentIds ?? new Dictionary<string, string>();
        Preferences = Preferences.Of(http.Request);
        ServiceRoot = http.Request.Scheme + "://" + http.Request.Host.Value + RootPath;
    }

    /// <summary>The HTTP context.</summary>
    public HttpContext Http { get; }

    /// <summary>The organization's model.</summary>
    public ApiModel Model { get; }

    /// <summary>The organization.</summary>
    public Organization Organization { get; }

    /// <summary>The calling user.</summary>
    public Guid UserId { get; }

    /// <summary>The caller's service.</summary>
    public IOrganizationService Service { get; }

    /// <summary>Inside a change set: the URLs of the records earlier parts created, by Content-ID.</summary>
    public IReadOnlyDictionary<string, string> ContentIds { get; }

    /// <summary>The Prefer values.</summary>
    public Preferences Preferences { get; }

    /// <summary>The absolute URL of the service root (<c>http://127.0.0.1:P/api/data/v9.2/</c>).</summary>
    public string ServiceRoot { get; }

    /// <summary>The request body as JSON (an empty object when there is none).</summary>
    public async Task<JsonElement> BodyAsync()
    {
        using var buffer = new MemoryStream();
        await Http.Request.Body.CopyToAsync(buffer, Http.RequestAborted);
        if (buffer.Length == 0)
        {
            return EmptyObject.Clone();
        }
        try
        {
            buffer.Position = 0;
            using var document = await JsonDocument.ParseAsync(buffer, default, Http.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (JsonException invalid)
        {
            throw WebApiException.BadRequest("The request body is not valid JSON: " + invalid.Message);
        }
    }

    private static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement;

    /// <summary>A record reader whose binds resolve against this request (Content-IDs, alternate keys).</summary>
    public RecordReader Reader => new(Model, Resolve);

    /// <summary>A record writer for this request's preferences.</summary>
    public RecordWriter Writer => new(Model, Preferences, Related);

    /// <summary>The record a URL (relative, absolute, or a <c>$n</c> Content-ID reference) addresses, resolved to its id.</summary>
    public EntityReference Resolve(string url)
    {
        if (url.StartsWith('$') && ContentIds.TryGetValue(url.Substring(1), out var created))
        {
            url = created;
        }
        else if (url.StartsWith('$'))
        {
            throw WebApiException.BadRequest($"Content-ID Reference: '{url}' does not exist in the batch context.");
        }
        var marker = url.IndexOf("/api/data/v", StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            var afterVersion = url.IndexOf('/', marker + "/api/data/v".Length);
            url = afterVersion < 0 ? "" : url.Substring(afterVersion + 1);
        }
        var path = ResourcePath.Parse(url.TrimStart('/'), Model);
        if (path.Kind != ResourceKind.Record)
        {
            throw WebApiException.BadRequest($"The URL '{url}' does not address a record.");
        }
        return Locate(RecordKeys.Reference(path.RequiredTable, path.Key!));
    }

    /// <summary>The reference with its id: given, or found by its alternate key values (404 when no row has them).</summary>
    public EntityReference Locate(EntityReference reference)
    {
        if (reference.Id != Guid.Empty)
        {
            return reference;
        }
        var query = new QueryExpression(reference.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        foreach (var key in reference.KeyAttributes)
        {
            query.Criteria.AddCondition(key.Key, ConditionOperator.Equal, key.Value);
        }
        var match = Service.RetrieveMultiple(query).Entities;
        return match.Count == 1
            ? new EntityReference(reference.LogicalName, match[0].Id)
            : throw new WebApiException(404, ErrorResponses.Hex(ErrorCodes.ObjectDoesNotExist),
                $"A record with the specified key values does not exist in {reference.LogicalName} entity");
    }

    private Entity? Related(EntityReference reference, RecordShape shape)
    {
        var query = new QueryExpression(reference.LogicalName) { ColumnSet = shape.ColumnSet, TopCount = 1 };
        query.Criteria.AddCondition(shape.Table.PrimaryIdColumn, ConditionOperator.Equal, reference.Id);
        var rows = Service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : rows[0];
    }
}
