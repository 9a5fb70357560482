using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Dataverse.Auth;
using FunnelCrm.Dataverse.Batch;
using FunnelCrm.Dataverse.Connection;
using FunnelCrm.Dataverse.Query;
using FunnelCrm.Dataverse.Resilience;

namespace FunnelCrm.Dataverse;

/// <summary>
/// The Web API v9.2 over one HttpClient: every request carries the documented headers (<c>Accept: application/json</c>,
/// <c>OData-MaxVersion: 4.0</c>, <c>OData-Version: 4.0</c>), a bearer token from <see cref="BearerTokenHandler"/>, and goes
/// through <see cref="ServiceProtection"/>. Errors become <see cref="DataverseRefusedException"/> with Dataverse's code.
/// </summary>
public sealed class DataverseClient : IDataverseClient
{
    private const string FetchAnnotations = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords";
    private const string LookupAnnotation = "Microsoft.Dynamics.CRM.lookuplogicalname";

    private readonly HttpClient http;
    private readonly DataverseConnection connection;

    private DataverseClient(HttpClient http, DataverseConnection connection, RequestStatistics statistics)
    {
        this.http = http;
        this.connection = connection;
        Statistics = statistics;
    }

    /// <inheritdoc />
    public Uri Url => connection.Url;

    /// <inheritdoc />
    public RequestStatistics Statistics { get; }

    /// <summary>Signs in (finding the tenant from the organization when the connection does not name it) and returns a client.</summary>
    public static async Task<DataverseClient> ConnectAsync(DataverseConnection connection, DataverseClientOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new DataverseClientOptions();
        var transport = options.Transport?.Invoke() ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All };
        var credential = options.Credential ?? await Credentials.ForAsync(connection, transport, options.Prompts, cancellation);
        var statistics = new RequestStatistics();
        var protection = ServiceProtection.Handler(options.Protection, statistics, options.Time, transport);
        var bearer = new BearerTokenHandler(credential, connection.Scope, options.Time) { InnerHandler = protection };
        var http = new HttpClient(bearer) { BaseAddress = connection.ServiceRoot, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
        return new DataverseClient(http, connection, statistics);
    }

    /// <inheritdoc />
    public async Task<WhoAmI> WhoAmIAsync(CancellationToken cancellation = default)
    {
        using var answer = await JsonAsync(HttpMethod.Get, "WhoAmI", null, cancellation);
        var root = answer.RootElement;
        return new WhoAmI(root.GetProperty("UserId").GetGuid(), root.GetProperty("BusinessUnitId").GetGuid(), root.GetProperty("OrganizationId").GetGuid());
    }

    /// <inheritdoc />
    public async Task<string> RetrieveVersionAsync(CancellationToken cancellation = default)
    {
        using var answer = await JsonAsync(HttpMethod.Get, "RetrieveVersion", null, cancellation);
        return answer.RootElement.GetProperty("Version").GetString() ?? "";
    }

    /// <inheritdoc />
    /// <remarks>Lookups carry their table (<c>_x_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>).</remarks>
    public async IAsyncEnumerable<JsonElement> QueryAsync(string entitySet, string query, int pageSize = 5000, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        string? next = entitySet + (query.Length == 0 ? "" : "?" + query);
        while (next != null)
        {
            using var request = Request(HttpMethod.Get, next, null, idempotent: true);
            request.Headers.Add("Prefer", "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture) + ",odata.include-annotations=\"" + LookupAnnotation + "\"");
            using var page = await SendJsonAsync(request, cancellation);
            foreach (var row in page.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return row;
            }
            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JsonElement> FetchAsync(string entitySet, string fetchXml, int pageSize = 5000, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        string? cookie = null;
        for (var page = 1; ; page++)
        {
            var url = entitySet + "?fetchXml=" + Uri.EscapeDataString(FetchXmlPaging.Page(fetchXml, pageSize, page, cookie));
            using var request = Request(HttpMethod.Get, url, null, idempotent: true);
            request.Headers.Add("Prefer", "odata.include-annotations=\"" + FetchAnnotations + "\"");
            using var answer = await SendJsonAsync(request, cancellation);
            foreach (var row in answer.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return row;
            }
            var more = answer.RootElement.TryGetProperty("@Microsoft.Dynamics.CRM.morerecords", out var flag) && flag.GetBoolean();
            if (!more)
            {
                yield break;
            }
            cookie = FetchXmlPaging.CookieOf(answer.RootElement.TryGetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie", out var annotation) ? annotation.GetString() : null);
        }
    }

    /// <inheritdoc />
    public async Task<JsonElement?> RetrieveAsync(string entitySet, string key, string select, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Get, entitySet + "(" + key + ")?$select=" + select, null, idempotent: true);
        using var response = await SendAsync(request, cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await EnsureSuccessAsync(response, cancellation);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellation), default, cancellation);
        return document.RootElement.Clone();
    }

    /// <inheritdoc />
    public async Task<Guid> CreateAsync(string entitySet, JsonObject record, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Post, entitySet, record, idempotent: false);
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
        var location = response.Headers.TryGetValues("OData-EntityId", out var values) ? values.First() : "";
        var open = location.LastIndexOf('(');
        return open >= 0 && Guid.TryParse(location.AsSpan(open + 1, location.Length - open - 2), out var id) ? id
            : throw new DataverseRefusedException((int)response.StatusCode, "", $"The create of a {entitySet} row answered without its id (OData-EntityId).");
    }

    /// <inheritdoc />
    public async Task UpdateAsync(string entitySet, string key, JsonObject changes, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Patch, entitySet + "(" + key + ")", changes, idempotent: true);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
    }

    /// <inheritdoc />
    public async Task UpsertAsync(string entitySet, string key, JsonObject record, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Patch, entitySet + "(" + key + ")", record, idempotent: true);
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> CreateMultipleAsync(string entitySet, string logicalName, IReadOnlyList<JsonObject> records, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Post, entitySet + "/Microsoft.Dynamics.CRM.CreateMultiple", Targets(logicalName, records), idempotent: false);
        using var answer = await SendJsonAsync(request, cancellation);
        return answer.RootElement.GetProperty("Ids").EnumerateArray().Select(id => id.GetGuid()).ToList();
    }

    /// <inheritdoc />
    public async Task UpsertMultipleAsync(string entitySet, string logicalName, IReadOnlyList<JsonObject> records, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Post, entitySet + "/Microsoft.Dynamics.CRM.UpsertMultiple", Targets(logicalName, records), idempotent: true);
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchResult>> BatchAsync(IReadOnlyList<BatchOperation> operations, bool changeSet, bool idempotent, CancellationToken cancellation = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = await Buffered(BatchRequestWriter.Write(connection.ServiceRoot, operations, changeSet)) };
        request.Options.Set(ServiceProtection.Idempotent, idempotent);
        if (!changeSet)
        {
            request.Headers.Add("Prefer", "odata.continue-on-error");
        }
        using var response = await SendAsync(request, cancellation);
        if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "multipart/mixed")
        {
            await EnsureSuccessAsync(response, cancellation);
            return await BatchResponseReader.ReadAsync(response, cancellation);
        }
        var failed = (await BatchResponseReader.ReadAsync(response, cancellation)).FirstOrDefault(r => !r.Succeeded);
        var (code, message) = ErrorOf(failed?.Body ?? "");
        throw new DataverseRefusedException(failed?.Status ?? (int)response.StatusCode, code, message.Length > 0 ? message : $"The $batch failed with {(int)response.StatusCode}.");
    }

    /// <inheritdoc />
    public async Task<JsonElement?> ExecuteAsync(string action, JsonObject parameters, CancellationToken cancellation = default)
    {
        using var request = Request(HttpMethod.Post, action, parameters, idempotent: false);
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellation), default, cancellation);
        return document.RootElement.Clone();
    }

    /// <inheritdoc />
    public async Task<bool> SupportsAsync(string message, string logicalName, CancellationToken cancellation = default)
    {
        var filter = "sdkmessageid/name eq '" + message.Replace("'", "''", StringComparison.Ordinal) + "' and primaryobjecttypecode eq '" + logicalName.Replace("'", "''", StringComparison.Ordinal) + "'";
        await foreach (var _ in QueryAsync("sdkmessagefilters", "$select=sdkmessagefilterid&$filter=" + Uri.EscapeDataString(filter), 1, cancellation))
        {
            return true;
        }
        return false;
    }

    /// <summary>Releases the connection pool.</summary>
    public void Dispose() => http.Dispose();

    private static JsonObject Targets(string logicalName, IReadOnlyList<JsonObject> records)
    {
        var targets = new JsonArray();
        foreach (var record in records)
        {
            var item = new JsonObject { ["@odata.type"] = "Microsoft.Dynamics.CRM." + logicalName };
            foreach (var property in record)
            {
                item[property.Key] = property.Value?.DeepClone();
            }
            targets.Add(item);
        }
        return new JsonObject { ["Targets"] = targets };
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, JsonNode? body, bool idempotent)
    {
        var request = new HttpRequestMessage(method, url);
        if (body != null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        request.Options.Set(ServiceProtection.Idempotent, idempotent);
        return request;
    }

    private static async Task<ByteArrayContent> Buffered(MultipartContent multipart)
    {
        var content = new ByteArrayContent(await multipart.ReadAsByteArrayAsync());
        content.Headers.ContentType = multipart.Headers.ContentType;
        multipart.Dispose();
        return content;
    }

    private async Task<JsonDocument> JsonAsync(HttpMethod method, string url, JsonNode? body, CancellationToken cancellation)
    {
        using var request = Request(method, url, body, idempotent: method == HttpMethod.Get);
        return await SendJsonAsync(request, cancellation);
    }

    private async Task<JsonDocument> SendJsonAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        using var response = await SendAsync(request, cancellation);
        await EnsureSuccessAsync(response, cancellation);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellation), default, cancellation);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        }
        catch (HttpRequestException failed)
        {
            throw new DataverseRefusedException(0, "", $"{request.Method} {request.RequestUri} got no answer from {connection.Url} ({failed.Message}).", failed);
        }
        catch (Polly.Timeout.TimeoutRejectedException timedOut)
        {
            throw new DataverseRefusedException(0, "", $"{request.Method} {request.RequestUri} got no answer from {connection.Url} in time.", timedOut);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var (code, message) = ErrorOf(text);
        var status = (int)response.StatusCode;
        throw new DataverseRefusedException(status, code, status switch
        {
            401 => "The organization refused the sign-in (401): the token is missing, expired or not for this organization; check the credentials" + (message.Length > 0 ? " (" + message + ")" : "") + ".",
            403 => "The organization refused (403): " + (message.Length > 0 ? message : "the user lacks a privilege") + ".",
            _ => message.Length > 0 ? message : $"The organization answered {status} {response.ReasonPhrase}.",
        });
    }

    private static (string Code, string Message) ErrorOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error))
            {
                return (error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "", error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "");
            }
        }
        catch (JsonException)
        {
            return ("", "");
        }
        return ("", "");
    }
}
