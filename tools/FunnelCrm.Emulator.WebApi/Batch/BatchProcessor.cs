using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Batch;

/// <summary>
/// <c>$batch</c> as Dataverse runs it: multipart/mixed parts run in order (at most 1,000 requests, no nested batch);
/// a change set runs in one transaction, all or nothing, its parts may refer to records created earlier in it as
/// <c>$n</c> (Content-ID) in the URL or in <c>@odata.bind</c>, and a failed change set answers with its one error.
/// Without <c>Prefer: odata.continue-on-error</c> processing stops at the first error and the batch's status is that
/// error's; with it the batch answers 200 and every error is its own part.
/// </summary>
public sealed class BatchProcessor
{
    /// <summary>The most requests a batch may hold.</summary>
    public const int MaxRequests = 1000;

    private readonly WebApiEndpoint endpoint;

    /// <summary>A processor running parts through <paramref name="endpoint"/>.</summary>
    public BatchProcessor(WebApiEndpoint endpoint)
    {
        this.endpoint = endpoint;
    }

    /// <summary>Runs the batch in the request and writes the multipart response.</summary>
    public async Task ProcessAsync(ApiRequest api)
    {
        if (api.Http.Items.ContainsKey(BatchItems.InBatch))
        {
            throw WebApiException.BadRequest("A batch cannot contain another batch.");
        }
        var items = await ReadAsync(api.Http.Request.ContentType, api.Http.Request.Body);
        var total = items.Sum(i => i.ChangeSet?.Count ?? 1);
        if (total > MaxRequests)
        {
            throw WebApiException.BadRequest($"The batch holds {total} requests; a batch can hold at most {MaxRequests}.");
        }
        var response = new BatchResponseWriter(BatchResponseWriter.NewBoundary("batchresponse"));
        var status = 200;
        foreach (var item in items)
        {
            var failed = item.ChangeSet == null
                ? await RunAloneAsync(api, item.Part!, response)
                : await RunChangeSetAsync(api, item.ChangeSet, response);
            if (failed != 0 && !api.Preferences.ContinueOnError)
            {
                status = failed;
                break;
            }
        }
        api.Http.Response.StatusCode = status;
        api.Http.Response.ContentType = "multipart/mixed; boundary=" + response.Boundary;
        api.Http.Response.Headers["OData-Version"] = "4.0";
        await api.Http.Response.WriteAsync(response.Close(), api.Http.RequestAborted);
    }

    private async Task<int> RunAloneAsync(ApiRequest api, BatchPart part, BatchResponseWriter response)
    {
        var context = await RunAsync(api, part, api.Organization.CreateService(api.UserId), new Dictionary<string, string>(), null);
        response.Add(context, part.ContentId);
        return context.Response.StatusCode >= 400 ? context.Response.StatusCode : 0;
    }

    private async Task<int> RunChangeSetAsync(ApiRequest api, IReadOnlyList<BatchPart> parts, BatchResponseWriter response)
    {
        var changeSet = new BatchResponseWriter(BatchResponseWriter.NewBoundary("changesetresponse"));
        var contentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        using var transaction = api.Organization.BeginTransaction(api.UserId);
        foreach (var part in parts)
        {
            var context = part.Method == "GET"
                ? await RefusedAsync(api, WebApiException.BadRequest("GET requests are not allowed inside a change set."))
                : await RunAsync(api, part, transaction.Service, contentIds, transaction);
            if (context.Response.StatusCode >= 400)
            {
                response.Add(context, part.ContentId);
                return context.Response.StatusCode;
            }
            if (part.ContentId != null && context.Response.Headers.TryGetValue("OData-EntityId", out var url))
            {
                contentIds[part.ContentId] = url.ToString();
            }
            changeSet.Add(context, part.ContentId);
        }
        transaction.Commit();
        response.Add(changeSet);
        return 0;
    }

    private async Task<HttpContext> RunAsync(ApiRequest api, BatchPart part, IOrganizationService service, IReadOnlyDictionary<string, string> contentIds, object? transaction)
    {
        var context = new DefaultHttpContext();
        context.Items[BatchItems.InBatch] = true;
        if (transaction != null)
        {
            context.Items[ChangeSetItems.Transaction] = transaction;
        }
        context.RequestAborted = api.Http.RequestAborted;
        context.Request.Method = part.Method;
        context.Request.Scheme = api.Http.Request.Scheme;
        context.Request.Host = api.Http.Request.Host;
        foreach (var header in part.Headers)
        {
            context.Request.Headers.Append(header.Key, header.Value);
        }
        context.Request.Body = new MemoryStream(part.Body);
        context.Request.ContentLength = part.Body.Length;
        context.Response.Body = new MemoryStream();
        try
        {
            var url = Resolve(part.Url, contentIds);
            var target = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                ? new Uri(url)
                : new Uri(new Uri(api.ServiceRoot), url);
            context.Request.Path = PathString.FromUriComponent(target.AbsolutePath);
            context.Request.QueryString = QueryString.FromUriComponent(target.Query);
        }
        catch (WebApiException refusal)
        {
            await ErrorResponses.WriteAsync(context, refusal);
            return context;
        }
        await endpoint.ServeAsync(context, api.UserId, service, contentIds);
        return context;
    }

    private static async Task<HttpContext> RefusedAsync(ApiRequest api, WebApiException refusal)
    {
        var context = new DefaultHttpContext { RequestAborted = api.Http.RequestAborted };
        context.Response.Body = new MemoryStream();
        await ErrorResponses.WriteAsync(context, refusal);
        return context;
    }

    /// <summary>A URL starting with <c>$n</c> with the record URL that Content-ID n created.</summary>
    private static string Resolve(string url, IReadOnlyDictionary<string, string> contentIds)
    {
        if (!url.StartsWith('$'))
        {
            return url;
        }
        var end = url.IndexOfAny(new[] { '/', '?' });
        var id = end < 0 ? url.Substring(1) : url.Substring(1, end - 1);
        return contentIds.TryGetValue(id, out var created)
            ? created + (end < 0 ? "" : url.Substring(end))
            : throw WebApiException.BadRequest($"Content-ID Reference: '${id}' does not exist in the batch context.");
    }

    private static async Task<List<(BatchPart? Part, List<BatchPart>? ChangeSet)>> ReadAsync(string? contentType, Stream body)
    {
        var items = new List<(BatchPart?, List<BatchPart>?)>();
        var reader = new MultipartReader(Boundary(contentType), body);
        for (var section = await reader.ReadNextSectionAsync(); section != null; section = await reader.ReadNextSectionAsync())
        {
            if ((section.ContentType ?? "").StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var parts = new List<BatchPart>();
                var inner = new MultipartReader(Boundary(section.ContentType), section.Body);
                for (var part = await inner.ReadNextSectionAsync(); part != null; part = await inner.ReadNextSectionAsync())
                {
                    parts.Add(await PartAsync(part));
                }
                items.Add((null, parts));
                continue;
            }
            items.Add((await PartAsync(section), null));
        }
        return items;
    }

    private static async Task<BatchPart> PartAsync(MultipartSection section)
    {
        using var buffer = new MemoryStream();
        await section.Body.CopyToAsync(buffer);
        var contentId = section.Headers != null && section.Headers.TryGetValue("Content-ID", out var id) ? id.ToString() : null;
        return BatchPart.Read(buffer.ToArray(), contentId);
    }

    private static string Boundary(string? contentType)
    {
        if (contentType == null || !MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            throw WebApiException.BadRequest("A batch needs Content-Type: multipart/mixed; boundary=\"batch_<id>\".");
        }
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        return string.IsNullOrEmpty(boundary) ? throw WebApiException.BadRequest("The multipart/mixed content type names no boundary.") : boundary;
    }
}
