using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query.Aggregation;

/// <summary>
/// Groups the rows of an aggregate query and computes its aggregates, as Dataverse documents them: one result row per
/// distinct combination of the grouped values (a null value is a group of its own, returned without that column); count is
/// the rows, countcolumn the non-null values (distinct when asked); sum, avg, min and max ignore nulls and keep the
/// column's type (money stays Money, whole numbers stay whole: avg truncates as SQL does); a sum over no values is 0, an
/// avg, min or max over none is absent. Every value comes back as an AliasedValue under its alias.
/// </summary>
internal static class Aggregator
{
    /// <summary>Refuses grouping and aggregating that Dataverse refuses, before any row is read.</summary>
    public static void Check(AggregateColumn column)
    {
        var expression = column.Expression;
        if (string.IsNullOrEmpty(expression.Alias))
        {
            throw Faults.Create(ErrorCodes.InvalidAggregateAlias, "Invalid alias for aggregate operation.");
        }
        if (expression.HasGroupBy && expression.AggregateType != XrmAggregateType.None)
        {
            throw Faults.Create(ErrorCodes.GroupByAndAggregate, "An attribute can either be an aggregate or a Group By but not both");
        }
        var isDate = column.Column.Type == ColumnType.DateTime;
        if (expression.HasGroupBy && isDate && expression.DateTimeGrouping == XrmDateTimeGrouping.None)
        {
            throw Faults.Create(ErrorCodes.InvalidDateGrouping, "Invalid value '' for dategrouping.");
        }
        if (expression.DateTimeGrouping != XrmDateTimeGrouping.None && (!isDate || !expression.HasGroupBy))
        {
            throw Faults.Create(ErrorCodes.InvalidDateGrouping, "An invalid value was specified for dategrouping.");
        }
        var numeric = column.Column.Type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;
        var supported = expression.AggregateType switch
        {
            XrmAggregateType.Sum or XrmAggregateType.Avg => numeric,
            XrmAggregateType.Min or XrmAggregateType.Max => numeric || isDate,
            _ => true,
        };
        if (!supported)
        {
            throw Faults.Create(ErrorCodes.InvalidAggregateAttribute,
                $"Aggregate {expression.AggregateType.ToString().ToLowerInvariant()} is not supported for attribute of type {column.Column.Type}.");
        }
    }

    /// <summary>The result rows, in the order their groups first appear.</summary>
    public static List<Entity> Run(string table, IEnumerable<JoinedRow> rows, IReadOnlyList<AggregateColumn> columns)
    {
        var groups = columns.Where(c => c.IsGroup).ToList();
        var buckets = new Dictionary<string, List<JoinedRow>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in rows)
        {
            var key = string.Join("\u001f", groups.Select(g => Key(GroupValue(row, g))));
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = new List<JoinedRow>();
                order.Add(key);
            }
            bucket.Add(row);
        }
        if (groups.Count == 0 && buckets.Count == 0)
        {
            buckets[""] = new List<JoinedRow>();
            order.Add("");
        }
        return order.Select(key => Result(table, buckets[key], columns)).ToList();
    }

    private static Entity Result(string table, List<JoinedRow> rows, IReadOnlyList<AggregateColumn> columns)
    {
        var entity = new Entity(table);
        foreach (var column in columns)
        {
            var value = column.IsGroup ? (rows.Count == 0 ? null : GroupValue(rows[0], column)) : Aggregate(rows, column);
            if (value != null)
            {
                entity[column.Alias] = new AliasedValue(column.Table, column.Column.LogicalName, value);
            }
        }
        return entity;
    }

    /// <summary>The grouped value of a row: the column's value, or the date part its grouping asks for.</summary>
    public static object? GroupValue(JoinedRow row, AggregateColumn column)
    {
        var value = Raw(row, column);
        return value is DateTime date && column.Expression.DateTimeGrouping != XrmDateTimeGrouping.None
            ? DateParts.Of(date, column.Expression.DateTimeGrouping)
            : Values.Copy(value);
    }

    private static object? Raw(JoinedRow row, AggregateColumn column) =>
        row.Parts.GetValueOrDefault(column.Part)?.GetValueOrDefault(column.Column.LogicalName);

    private static string Key(object? value) =>
        ValueComparer.Normalize(value) is { } normalized ? normalized.GetType().Name + ":" + Convert.ToString(normalized, System.Globalization.CultureInfo.InvariantCulture) : "null";

    private static object? Aggregate(List<JoinedRow> rows, AggregateColumn column)
    {
        var values = rows.Select(r => Raw(r, column)).Where(v => v != null).Select(v => v!).ToList();
        switch (column.Expression.AggregateType)
        {
            case XrmAggregateType.Count:
                return rows.Count;
            case XrmAggregateType.CountColumn:
                return column.Distinct ? values.Select(Key).Distinct().Count() : values.Count;
            case XrmAggregateType.Sum:
                return Typed(column.Column.Type, values.Sum(Number));
            case XrmAggregateType.Avg:
                return values.Count == 0 ? null : Typed(column.Column.Type, values.Sum(Number) / values.Count);
            case XrmAggregateType.Min:
                return values.Count == 0 ? null : Values.Copy(values.OrderBy(ValueComparer.Normalize, ValueComparer.Instance).First());
            case XrmAggregateType.Max:
                return values.Count == 0 ? null : Values.Copy(values.OrderByDescending(ValueComparer.Normalize, ValueComparer.Instance).First());
            default:
                throw Faults.Create(ErrorCodes.InvalidAggregate, "An error occurred while processing Aggregates in Query");
        }
    }

    private static decimal Number(object value) => (decimal)ValueComparer.Normalize(value)!;

    private static object Typed(ColumnType type, decimal number) => type switch
    {
        ColumnType.Integer => (int)decimal.Truncate(number),
        ColumnType.BigInt => (long)decimal.Truncate(number),
        ColumnType.Double => (double)number,
        ColumnType.Money => new Money(number),
        _ => number,
    };
}
