using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Query;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// Queries an entity set: the OData options through the caller's RetrieveMultiple (so security and RetrieveMultiple
/// steps apply), pages of <c>Prefer: odata.maxpagesize</c> (5,000 by default) with <c>@odata.nextLink</c> carrying the
/// paging cookie in <c>$skiptoken</c>, <c>$count</c> capped at 5,000, <c>$top</c> (ignored when a page size is given),
/// <c>{set}/$count</c>, and <c>fetchXml=</c> run by the emulator as a FetchExpression (its rows, aliased link columns and
/// aggregates written under their aliases; a fetch of another table is refused). Records are written to the
/// response as they are serialized.
/// </summary>
public static class CollectionRequests
{
    private const int FlushEvery = 200;

    /// <summary>GET an entity set.</summary>
    public static async Task QueryAsync(ApiRequest api, TableMetadata table)
    {
        var options = QueryOptions.Parse(api.Model, table, api.Http.Request.Query);
        if (options.FetchXml != null)
        {
            await FetchAsync(api, table, options);
            return;
        }
        var query = options.Query;
        var pageSize = api.Preferences.MaxPage;
        if (pageSize == null && options.Top.HasValue)
        {
            query.TopCount = options.Top;
            query.PageInfo = new PagingInfo { ReturnTotalRecordCount = options.Count };
        }
        else
        {
            query.PageInfo = new PagingInfo
            {
                Count = pageSize ?? Preferences.MaxPageSize,
                PageNumber = options.PageNumber,
                PagingCookie = options.PagingCookie,
                ReturnTotalRecordCount = options.Count,
            };
        }
        var page = api.Service.RetrieveMultiple(query);
        var applied = new[]
        {
            pageSize.HasValue ? "odata.maxpagesize=" + pageSize.Value.ToString(CultureInfo.InvariantCulture) : null,
            api.Preferences.AnnotationText is { } annotations ? "odata.include-annotations=\"" + annotations + "\"" : null,
        }.Where(p => p != null).ToArray();
        if (applied.Length > 0)
        {
            api.Http.Response.Headers["Preference-Applied"] = string.Join(",", applied);
        }
        var writer = api.Writer;
        await JsonResponse.WriteAsync(api.Http, 200, async json =>
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", api.ServiceRoot + "$metadata#" + table.EntitySetName + options.Shape.ContextSelect);
            writer.WriteCount(json, page.TotalRecordCount, options.Count);
            json.WriteStartArray("value");
            var written = 0;
            foreach (var entity in page.Entities)
            {
                json.WriteStartObject();
                writer.WriteProperties(json, entity, options.Shape);
                json.WriteEndObject();
                if (++written % FlushEvery == 0)
                {
                    await json.FlushAsync(api.Http.RequestAborted);
                }
            }
            json.WriteEndArray();
            if (page.MoreRecords && query.PageInfo.Count > 0)
            {
                json.WriteString("@odata.nextLink", NextLink(api, table, query.PageInfo.PageNumber, page.PagingCookie));
            }
            json.WriteEndObject();
        });
    }

    /// <summary>GET <c>{set}/$count</c>: the number of rows (at most 5,000) as plain text.</summary>
    public static async Task CountAsync(ApiRequest api, TableMetadata table)
    {
        var query = new QueryExpression(table.LogicalName)
        {
            ColumnSet = new ColumnSet(false),
            PageInfo = new PagingInfo { Count = Preferences.MaxPageSize, PageNumber = 1, ReturnTotalRecordCount = true },
        };
        var total = api.Service.RetrieveMultiple(query).TotalRecordCount;
        api.Http.Response.StatusCode = 200;
        api.Http.Response.ContentType = "text/plain";
        api.Http.Response.Headers["OData-Version"] = "4.0";
        await api.Http.Response.WriteAsync(Math.Min(total, Preferences.MaxPageSize).ToString(CultureInfo.InvariantCulture), api.Http.RequestAborted);
    }

    private static async Task FetchAsync(ApiRequest api, TableMetadata table, QueryOptions options)
    {
        var page = api.Service.RetrieveMultiple(new FetchExpression(options.FetchXml));
        if (page.EntityName != table.LogicalName)
        {
            throw new WebApiException(400, ErrorResponses.Hex(unchecked((int)0x80041128)),
                "The entity name specified in fetchxml does not match the entity name specified in the Entity or Query Expression.");
        }
        var writer = api.Writer;
        await JsonResponse.WriteAsync(api.Http, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", api.ServiceRoot + "$metadata#" + table.EntitySetName);
            if (api.Preferences.Wants("Microsoft.Dynamics.CRM.fetchxmlpagingcookie") && page.PagingCookie != null)
            {
                json.WriteString("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie", page.PagingCookie);
            }
            if (api.Preferences.Wants("Microsoft.Dynamics.CRM.morerecords"))
            {
                json.WriteBoolean("@Microsoft.Dynamics.CRM.morerecords", page.MoreRecords);
            }
            json.WriteStartArray("value");
            foreach (var entity in page.Entities)
            {
                json.WriteStartObject();
                writer.WriteFetched(json, entity, table);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    private static string NextLink(ApiRequest api, TableMetadata table, int page, string? cookie)
    {
        var kept = (api.Http.Request.QueryString.Value ?? "").TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("$skiptoken=", StringComparison.Ordinal) && !p.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase));
        var token = "$skiptoken=" + Uri.EscapeDataString(QueryOptions.NextSkipToken(page, cookie));
        return api.ServiceRoot + table.EntitySetName + "?" + string.Join("&", kept.Append(token));
    }
}
