using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query;

/// <summary>
/// Runs QueryExpression and QueryByAttribute against the rows a transaction sees: nested AND/OR filters, inner and
/// left outer links with aliases (AliasedValue columns), ordering, TopCount, paging (PageInfo, MoreRecords, PagingCookie).
/// </summary>
internal sealed class QueryEngine
{
    private const int DefaultPageSize = 5000;

    private readonly MetadataCatalog metadata;
    private readonly RowStore store;
    private readonly Transaction? transaction;
    private readonly DateTime now;
    private readonly Guid userId;

    public QueryEngine(MetadataCatalog metadata, RowStore store, Transaction? transaction, DateTime now, Guid userId)
    {
        this.metadata = metadata;
        this.store = store;
        this.transaction = transaction;
        this.now = now;
        this.userId = userId;
    }

    /// <summary>The query as a QueryExpression; FetchXML is refused.</summary>
    public static QueryExpression Normalize(QueryBase? query)
    {
        switch (query)
        {
            case QueryExpression expression:
                return expression;
            case QueryByAttribute byAttribute:
                if (byAttribute.Attributes.Count == 0 || byAttribute.Attributes.Count != byAttribute.Values.Count)
                {
                    throw Faults.InvalidArgument("QueryByAttribute must name at least one attribute, with exactly one value for each.");
                }
                var converted = new QueryExpression(byAttribute.EntityName) { ColumnSet = byAttribute.ColumnSet ?? new ColumnSet(), TopCount = byAttribute.TopCount, PageInfo = byAttribute.PageInfo ?? new PagingInfo() };
                for (var i = 0; i < byAttribute.Attributes.Count; i++)
                {
                    converted.Criteria.AddCondition(byAttribute.Attributes[i], ConditionOperator.Equal, byAttribute.Values[i]);
                }
                foreach (var order in byAttribute.Orders)
                {
                    converted.Orders.Add(order);
                }
                return converted;
            case null:
                throw Faults.InvalidArgument("Required field 'Query' is missing for the RetrieveMultiple message.");
            default:
                throw Faults.NotSupported($"queries of type {query.GetType().Name} (use QueryExpression or QueryByAttribute)");
        }
    }

    /// <summary>The tables a query reads (the main table and every linked one), for the privilege check.</summary>
    public static IEnumerable<string> Tables(QueryExpression query) =>
        new[] { query.EntityName }.Concat(Links(query.LinkEntities).Select(l => l.LinkToEntityName));

    private static IEnumerable<LinkEntity> Links(IEnumerable<LinkEntity> links) =>
        links.SelectMany(l => new[] { l }.Concat(Links(l.LinkEntities)));

    public EntityCollection Execute(QueryExpression query)
    {
        var table = metadata.GetTable(query.EntityName);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal) { [table.LogicalName] = table.LogicalName };
        var direct = query.LinkEntities.Count == 0;
        if (direct)
        {
            Validate(query.Criteria, table.LogicalName, aliases);
        }

        var indexed = direct ? IndexableCondition(query.Criteria, table) : null;
        var equalities = direct ? Equalities(query.Criteria, table) : new List<KeyValuePair<string, object?>>();
        var rows = (equalities.Count > 1
                ? store.ScanWhereAllEqual(table.LogicalName, transaction, equalities, v => Matches(query.Criteria, Single(table.LogicalName, v), table.LogicalName, aliases))
                : indexed != null
                ? store.ScanWhereEquals(table.LogicalName, transaction, metadata.GetColumn(table.LogicalName, indexed.AttributeName).LogicalName, indexed.Values, v => Matches(query.Criteria, Single(table.LogicalName, v), table.LogicalName, aliases))
                : direct
                ? store.Scan(table.LogicalName, transaction, v => Matches(query.Criteria, Single(table.LogicalName, v), table.LogicalName, aliases))
                : store.Scan(table.LogicalName, transaction))
            .Select(r => new JoinedRow(r.Id, r.Version, new Dictionary<string, Dictionary<string, object?>?>(StringComparer.Ordinal) { [table.LogicalName] = r.Values }))
            .ToList();
        var linkAliases = new Dictionary<LinkEntity, string>();
        var counter = 0;
        foreach (var link in query.LinkEntities)
        {
            rows = Join(rows, link, table.LogicalName, aliases, linkAliases, ref counter);
        }
        Validate(query.Criteria, table.LogicalName, aliases);
        rows = rows.Where(r => Matches(query.Criteria, r, table.LogicalName, aliases)).ToList();
        rows = Order(rows, query, table.LogicalName, aliases, linkAliases);
        var entities = rows.Select(r => Project(r, query, table, linkAliases)).ToList();
        if (query.Distinct)
        {
            entities = entities.GroupBy(Signature).Select(g => g.First()).ToList();
        }
        return Page(entities, query, table.LogicalName);
    }

    private List<JoinedRow> Join(List<JoinedRow> rows, LinkEntity link, string parentAlias, Dictionary<string, string> aliases,
        Dictionary<LinkEntity, string> linkAliases, ref int counter)
    {
        var linked = metadata.GetTable(link.LinkToEntityName);
        metadata.GetColumn(linked.LogicalName, link.LinkToAttributeName);
        metadata.GetColumn(aliases[parentAlias], link.LinkFromAttributeName);
        counter++;
        var alias = string.IsNullOrEmpty(link.EntityAlias) ? linked.LogicalName + counter.ToString(CultureInfo.InvariantCulture) : link.EntityAlias;
        aliases[alias] = linked.LogicalName;
        linkAliases[link] = alias;
        if (link.LinkCriteria != null)
        {
            Validate(link.LinkCriteria, alias, aliases);
        }
        var candidates = store.Scan(linked.LogicalName, transaction)
            .Where(c => link.LinkCriteria == null || Matches(link.LinkCriteria, Single(alias, c.Values), alias, aliases))
            .ToList();
        var joined = new List<JoinedRow>();
        foreach (var row in rows)
        {
            var parent = row.Parts[parentAlias];
            var from = parent == null ? null : parent.GetValueOrDefault(link.LinkFromAttributeName.ToLowerInvariant());
            var matches = from == null
                ? new List<Dictionary<string, object?>>()
                : candidates.Where(c => ValueComparer.Instance.AreEqual(c.Values.GetValueOrDefault(link.LinkToAttributeName.ToLowerInvariant()), from)).Select(c => c.Values).ToList();
            if (matches.Count == 0)
            {
                if (link.JoinOperator == JoinOperator.LeftOuter)
                {
                    joined.Add(row.With(alias, null));
                }
                continue;
            }
            if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter))
            {
                throw Faults.NotSupported($"the join operator {link.JoinOperator}");
            }
            joined.AddRange(matches.Select(m => row.With(alias, m)));
        }
        foreach (var child in link.LinkEntities)
        {
            joined = Join(joined, child, alias, aliases, linkAliases, ref counter);
        }
        return joined;
    }

    /// <summary>Fails on a condition naming an unknown alias or column, whether or not any row is tested.</summary>
    private void Validate(FilterExpression filter, string defaultAlias, Dictionary<string, string> aliases)
    {
        foreach (var condition in filter.Conditions)
        {
            var alias = string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName;
            if (!aliases.TryGetValue(alias, out var tableName))
            {
                throw Faults.InvalidArgument($"The condition on '{condition.AttributeName}' names '{alias}', which is neither the query's table nor a link alias.");
            }
            metadata.GetColumn(tableName, condition.AttributeName);
        }
        foreach (var child in filter.Filters)
        {
            Validate(child, defaultAlias, aliases);
        }
    }

    /// <summary>
    /// The top-level single-value Equal conditions of an And filter on the query's own table (an alternate key's columns):
    /// when there are several, the rows are looked up through the most selective column's index.
    /// </summary>
    private List<KeyValuePair<string, object?>> Equalities(FilterExpression criteria, TableMetadata table) =>
        criteria.FilterOperator != LogicalOperator.And
            ? new List<KeyValuePair<string, object?>>()
            : criteria.Conditions
                .Where(c => c.Operator == ConditionOperator.Equal && c.Values.Count == 1 && (string.IsNullOrEmpty(c.EntityName) || c.EntityName == table.LogicalName)
                    && c.Values[0] is not System.Collections.IEnumerable or string)
                .Select(c => new KeyValuePair<string, object?>(metadata.GetColumn(table.LogicalName, c.AttributeName).LogicalName, c.Values[0]))
                .ToList();

    /// <summary>A top-level Equal or In condition of an And filter on the query's own table: the rows it allows can be looked up by index.</summary>
    private static ConditionExpression? IndexableCondition(FilterExpression criteria, TableMetadata table) =>
        criteria.FilterOperator != LogicalOperator.And
            ? null
            : criteria.Conditions.FirstOrDefault(c =>
                (c.Operator == ConditionOperator.Equal && c.Values.Count == 1 || c.Operator == ConditionOperator.In && c.Values.Count > 0)
                && (string.IsNullOrEmpty(c.EntityName) || c.EntityName == table.LogicalName)
                && c.Values.All(v => v is not System.Collections.IEnumerable || v is string));

    private static JoinedRow Single(string alias, Dictionary<string, object?> values) =>
        new(Guid.Empty, 0, new Dictionary<string, Dictionary<string, object?>?>(StringComparer.Ordinal) { [alias] = values });

    private bool Matches(FilterExpression filter, JoinedRow row, string defaultAlias, Dictionary<string, string> aliases)
    {
        var results = filter.Conditions.Select(c => Matches(c, row, defaultAlias, aliases))
            .Concat(filter.Filters.Select(f => Matches(f, row, defaultAlias, aliases)));
        return filter.FilterOperator == LogicalOperator.Or ? results.DefaultIfEmpty(true).Any(r => r) : results.All(r => r);
    }

    private bool Matches(ConditionExpression condition, JoinedRow row, string defaultAlias, Dictionary<string, string> aliases)
    {
        var alias = string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName;
        if (!aliases.TryGetValue(alias, out var tableName))
        {
            throw Faults.InvalidArgument($"The condition on '{condition.AttributeName}' names '{alias}', which is neither the query's table nor a link alias.");
        }
        var column = metadata.GetColumn(tableName, condition.AttributeName);
        var part = row.Parts.GetValueOrDefault(alias);
        var value = part?.GetValueOrDefault(column.LogicalName);
        return ConditionEvaluator.Matches(condition, value, now, userId);
    }

    private List<JoinedRow> Order(List<JoinedRow> rows, QueryExpression query, string mainAlias, Dictionary<string, string> aliases, Dictionary<LinkEntity, string> linkAliases)
    {
        var orders = query.Orders.Select(o => (Alias: string.IsNullOrEmpty(o.EntityName) ? mainAlias : o.EntityName, Order: o))
            .Concat(linkAliases.SelectMany(l => l.Key.Orders.Select(o => (Alias: l.Value, Order: o))))
            .ToList();
        if (orders.Count == 0)
        {
            return rows;
        }
        IOrderedEnumerable<JoinedRow>? sorted = null;
        foreach (var (alias, order) in orders)
        {
            var tableName = aliases.TryGetValue(alias, out var t) ? t : throw Faults.InvalidArgument($"The order on '{order.AttributeName}' names the unknown alias '{alias}'.");
            var column = metadata.GetColumn(tableName, order.AttributeName).LogicalName;
            Func<JoinedRow, object?> key = r => ValueComparer.Normalize(r.Parts.GetValueOrDefault(alias)?.GetValueOrDefault(column));
            var descending = order.OrderType == OrderType.Descending;
            sorted = sorted == null
                ? (descending ? rows.OrderByDescending(key, ValueComparer.Instance) : rows.OrderBy(key, ValueComparer.Instance))
                : (descending ? sorted.ThenByDescending(key, ValueComparer.Instance) : sorted.ThenBy(key, ValueComparer.Instance));
        }
        return sorted!.ToList();
    }

    private Entity Project(JoinedRow row, QueryExpression query, TableMetadata table, Dictionary<LinkEntity, string> linkAliases)
    {
        var entity = Records.ToEntity(metadata, table, row.Id, row.Parts[table.LogicalName]!, row.Version, query.ColumnSet ?? new ColumnSet());
        foreach (var (link, alias) in linkAliases)
        {
            var part = row.Parts.GetValueOrDefault(alias);
            if (part == null || link.Columns == null)
            {
                continue;
            }
            var columns = link.Columns.AllColumns ? part.Keys.ToList() : link.Columns.Columns.Select(c => metadata.GetColumn(link.LinkToEntityName, c).LogicalName).ToList();
            foreach (var column in columns)
            {
                if (part.TryGetValue(column, out var value) && value != null)
                {
                    entity[alias + "." + column] = new AliasedValue(link.LinkToEntityName, column, Values.Copy(value));
                }
            }
        }
        return entity;
    }

    private static string Signature(Entity entity) =>
        string.Join("|", entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key + "=" + Convert.ToString(ValueComparer.Normalize(a.Value), CultureInfo.InvariantCulture)));

    private static EntityCollection Page(List<Entity> entities, QueryExpression query, string table)
    {
        var paging = query.PageInfo ?? new PagingInfo();
        if (query.TopCount.HasValue && paging.Count > 0)
        {
            throw Faults.InvalidArgument("The TopCount and the PageInfo of a query cannot be used together.");
        }
        var result = new EntityCollection { EntityName = table, TotalRecordCount = paging.ReturnTotalRecordCount ? entities.Count : -1 };
        if (query.TopCount.HasValue)
        {
            result.Entities.AddRange(entities.Take(query.TopCount.Value));
            return result;
        }
        var size = paging.Count > 0 ? paging.Count : DefaultPageSize;
        var page = Math.Max(1, paging.PageNumber);
        var slice = entities.Skip((page - 1) * size).Take(size).ToList();
        result.Entities.AddRange(slice);
        result.MoreRecords = entities.Count > page * size;
        if (slice.Count > 0)
        {
            result.PagingCookie = $"<cookie page=\"{page}\"><{table}id last=\"{{{slice[^1].Id.ToString().ToUpperInvariant()}}}\" first=\"{{{slice[0].Id.ToString().ToUpperInvariant()}}}\" /></cookie>";
        }
        return result;
    }
}
