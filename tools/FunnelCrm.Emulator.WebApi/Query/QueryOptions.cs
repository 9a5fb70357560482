using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Json;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Query;

/// <summary>
/// A request's system query options, parsed by ODataLib against the organization's EDM model (as Dataverse parses
/// them) and turned into the emulator's QueryExpression and the shape of the records to write: <c>$select</c>,
/// <c>$expand</c> (single-valued navigation), <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, <c>$count</c>, parameter
/// aliases, and <c>$skiptoken</c> from a previous page's nextLink.
/// </summary>
public sealed class QueryOptions
{
    private static readonly string[] Unsupported = { "$skip", "$search", "$format" };

    private QueryOptions(RecordShape shape, QueryExpression query, bool count, int? top, int pageNumber, string? pagingCookie, string? fetchXml)
    {
        Shape = shape;
        Query = query;
        Count = count;
        Top = top;
        PageNumber = pageNumber;
        PagingCookie = pagingCookie;
        FetchXml = fetchXml;
    }

    /// <summary>What each record shows.</summary>
    public RecordShape Shape { get; }

    /// <summary>The query (criteria, links, orders, top).</summary>
    public QueryExpression Query { get; }

    /// <summary>Whether <c>$count=true</c> was asked.</summary>
    public bool Count { get; }

    /// <summary><c>$top</c>, when given.</summary>
    public int? Top { get; }

    /// <summary>The page asked by <c>$skiptoken</c> (1 without one).</summary>
    public int PageNumber { get; }

    /// <summary>The paging cookie carried by <c>$skiptoken</c>.</summary>
    public string? PagingCookie { get; }

    /// <summary>The <c>fetchXml</c> parameter, when the request queries with FetchXML instead of OData options.</summary>
    public string? FetchXml { get; }

    /// <summary>Parses the options of a request on <paramref name="table"/>.</summary>
    public static QueryOptions Parse(ApiModel model, TableMetadata table, IQueryCollection parameters)
    {
        foreach (var name in Unsupported.Where(parameters.ContainsKey))
        {
            throw WebApiException.BadRequest($"The query parameter {name} is not supported");
        }
        var options = parameters.Where(p => p.Key.StartsWith('$') || p.Key.StartsWith('@'))
            .Where(p => p.Key != "$skiptoken")
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var entitySet = model.EntitySet(table);
        var parser = new ODataQueryOptionParser(model.Edm, entitySet.EntityType, entitySet, options)
        {
            Resolver = new ODataUriResolver { EnableCaseInsensitive = false },
        };
        var query = new QueryExpression(table.LogicalName);
        var shape = ShapeFrom(model, table, parser.ParseSelectAndExpand());
        query.ColumnSet = shape.ColumnSet;
        if (parser.ParseFilter() is { } filter)
        {
            new FilterTranslator(model, table, query).Apply(filter);
        }
        for (var order = parser.ParseOrderBy(); order != null; order = order.ThenBy)
        {
            if (order.Expression is not SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } access)
            {
                throw WebApiException.NotImplemented("$orderby on anything but a column of the table");
            }
            var column = ApiModel.ColumnOfProperty(table, access.Property.Name)!;
            query.AddOrder(column.LogicalName, order.Direction == OrderByDirection.Descending ? OrderType.Descending : OrderType.Ascending);
        }
        var top = parser.ParseTop();
        var (page, cookie) = SkipToken(parameters["$skiptoken"].ToString());
        var fetchXml = parameters.TryGetValue("fetchXml", out var fetch) ? fetch.ToString() : null;
        return new QueryOptions(shape, query, parser.ParseCount() == true, top.HasValue ? (int)Math.Min(top.Value, Preferences.MaxPageSize) : null, page, cookie, fetchXml);
    }

    /// <summary>Parses only <c>$select</c> and <c>$expand</c> (what a single-record response shows).</summary>
    public static RecordShape ShapeOf(ApiModel model, TableMetadata table, IQueryCollection parameters)
    {
        var options = parameters.Where(p => p.Key is "$select" or "$expand")
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var entitySet = model.EntitySet(table);
        var parser = new ODataQueryOptionParser(model.Edm, entitySet.EntityType, entitySet, options);
        return ShapeFrom(model, table, parser.ParseSelectAndExpand());
    }

    /// <summary>The <c>$skiptoken</c> of the page after <paramref name="page"/>, carrying the emulator's paging cookie.</summary>
    public static string NextSkipToken(int page, string? pagingCookie) =>
        new XElement("cookie",
            new XAttribute("pagenumber", (page + 1).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("pagingcookie", WebUtility.UrlEncode(pagingCookie ?? "")),
            new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);

    private static (int Page, string? Cookie) SkipToken(string token)
    {
        if (token.Length == 0)
        {
            return (1, null);
        }
        try
        {
            var cookie = XElement.Parse(token);
            var page = int.Parse((string?)cookie.Attribute("pagenumber") ?? "", NumberStyles.None, CultureInfo.InvariantCulture);
            return (page, WebUtility.UrlDecode((string?)cookie.Attribute("pagingcookie") ?? ""));
        }
        catch (Exception invalid) when (invalid is System.Xml.XmlException or FormatException or OverflowException)
        {
            throw WebApiException.BadRequest("The $skiptoken is not one this service issued: use the @odata.nextLink unchanged.");
        }
    }

    private static RecordShape ShapeFrom(ApiModel model, TableMetadata table, SelectExpandClause? clause)
    {
        if (clause == null)
        {
            return new RecordShape(table, null, Array.Empty<Expansion>());
        }
        var selected = new List<ColumnMetadata>();
        var expansions = new List<Expansion>();
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                    selected.Add(ApiModel.ColumnOfProperty(table, property.Property.Name)!);
                    break;
                case ExpandedNavigationSelectItem expand when expand.PathToNavigationProperty.LastSegment is NavigationPropertySegment segment:
                    var navigation = model.Navigation(table, segment.NavigationProperty.Name)!;
                    expansions.Add(new Expansion(navigation, ShapeFrom(model, model.Table(navigation.TargetTable)!, expand.SelectAndExpand)));
                    break;
                case PathSelectItem:
                    throw WebApiException.BadRequest("Only columns can be selected; use $expand for navigation properties.");
                case WildcardSelectItem:
                    break;
                default:
                    throw WebApiException.NotImplemented($"the $select or $expand item {item.GetType().Name}");
            }
        }
        return new RecordShape(table, clause.AllSelected || selected.Count == 0 ? null : selected, expansions);
    }
}
