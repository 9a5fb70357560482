using System;
using System.Globalization;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>Turns a URL key into the SDK's reference: an id, or the values of one of the table's alternate keys.</summary>
public static class RecordKeys
{
    /// <summary>The reference a key addresses; refuses names that are neither the primary key nor exactly one alternate key.</summary>
    public static EntityReference Reference(TableMetadata table, KeyValues key)
    {
        if (key.Id is { } id)
        {
            return new EntityReference(table.LogicalName, id);
        }
        if (key.Named.Count == 1 && key.Named[0].Key == table.PrimaryIdColumn)
        {
            return key.Named[0].Value is Guid named ? new EntityReference(table.LogicalName, named) : throw Invalid(table);
        }
        var columns = key.Named.Select(k => (Column: ApiModel.ColumnOfProperty(table, k.Key) ?? throw Invalid(table), k.Value)).ToList();
        var names = columns.Select(c => c.Column.LogicalName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (!table.AlternateKeys.Any(k => k.Columns.OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(names)))
        {
            throw Invalid(table);
        }
        var reference = new EntityReference(table.LogicalName, Guid.Empty);
        foreach (var (column, value) in columns)
        {
            reference.KeyAttributes[column.LogicalName] = Convert(table, column, value);
        }
        return reference;
    }

    private static object Convert(TableMetadata table, ColumnMetadata column, object value) => (column.Type, value) switch
    {
        (ColumnType.String or ColumnType.Memo or ColumnType.EntityName, string text) => text,
        (ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier, Guid id) => id,
        (ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status, decimal number) when number == Math.Truncate(number) => (int)number,
        (ColumnType.BigInt, decimal number) when number == Math.Truncate(number) => (long)number,
        (ColumnType.Decimal or ColumnType.Money, decimal number) => number,
        (ColumnType.DateTime, string text) when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) => date.UtcDateTime,
        _ => throw Invalid(table),
    };

    private static WebApiException Invalid(TableMetadata table) => WebApiException.BadRequest(
        $"The key in the request URI is not valid for resource '{ApiModel.Namespace}.{table.LogicalName}'. Ensure that the names and number of key properties match the declared or alternate key properties for the resource '{ApiModel.Namespace}.{table.LogicalName}'.");

    /// <summary>The URL of a record by id: <c>{root}accounts(id)</c>.</summary>
    public static string Url(string serviceRoot, TableMetadata table, Guid id) =>
        serviceRoot + table.EntitySetName + "(" + id.ToString("D") + ")";

}
