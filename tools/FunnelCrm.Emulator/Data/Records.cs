using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Data;

/// <summary>Validation of written values against metadata, and the shape of rows handed back to callers.</summary>
internal static class Records
{
    private static readonly HashSet<string> IgnoredOnUpdate = new(StringComparer.Ordinal) { "createdon", "createdby", "createdonbehalfby", "versionnumber" };

    /// <summary>Fails as Dataverse fails on an unknown column, a value of the wrong type, an option outside its set, a missing referenced row.</summary>
    public static void Validate(MetadataCatalog metadata, RowStore store, Transaction? transaction, TableMetadata table, Entity entity)
    {
        foreach (var pair in entity.Attributes)
        {
            var column = table.FindColumn(pair.Key) ?? throw Faults.UnknownColumn(table.LogicalName, pair.Key);
            if (pair.Value == null)
            {
                continue;
            }
            var expected = Expected(column.Type);
            if (!expected.IsInstanceOfType(pair.Value))
            {
                throw Faults.InvalidArgument(
                    $"Incorrect attribute value type {pair.Value.GetType().FullName} for column '{column.LogicalName}' of table '{table.LogicalName}': expected {expected.FullName}.");
            }
            switch (pair.Value)
            {
                case OptionSetValue option when column.Options != null && !column.Options.Contains(option.Value):
                    throw OutOfRange(table, column, option.Value);
                case OptionSetValueCollection options when column.Options != null && options.FirstOrDefault(o => !column.Options.Contains(o.Value)) is { } bad:
                    throw OutOfRange(table, column, bad.Value);
                case string text when column.MaxLength.HasValue && text.Length > column.MaxLength.Value:
                    throw Faults.Create(ErrorCodes.TextLengthExceeded,
                        $"A validation error occurred.  The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{column.MaxLength.Value}'.");
                case EntityReference reference:
                    CheckReference(metadata, store, transaction, table, column, reference);
                    break;
            }
            var number = pair.Value switch { int i => (decimal?)i, decimal d => d, Money m => m.Value, double f => (decimal)f, long l => l, _ => null };
            if (number.HasValue && ((column.MinValue.HasValue && number < column.MinValue) || (column.MaxValue.HasValue && number > column.MaxValue)))
            {
                throw Faults.InvalidArgument(
                    $"A validation error occurred. The value {number.Value.ToString(CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range ({column.MinValue?.ToString(CultureInfo.InvariantCulture)} to {column.MaxValue?.ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }

    private static OrganizationServiceFaultException OutOfRange(TableMetadata table, ColumnMetadata column, int value) =>
        Faults.Create(ErrorCodes.OptionValueOutOfRange,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {string.Join(",", column.Options!)}");

    private static void CheckReference(MetadataCatalog metadata, RowStore store, Transaction? transaction, TableMetadata table, ColumnMetadata column, EntityReference reference)
    {
        if (column.Targets.Count > 0 && !column.Targets.Contains(reference.LogicalName ?? ""))
        {
            throw Faults.InvalidArgument(
                $"The lookup '{column.LogicalName}' of table '{table.LogicalName}' cannot point at a '{reference.LogicalName}' record; it accepts {string.Join(", ", column.Targets)}.");
        }
        var target = metadata.GetTable(reference.LogicalName ?? "").LogicalName;
        if (!store.Exists(target, reference.Id, transaction))
        {
            throw Faults.RecordNotFound(target, reference.Id);
        }
    }

    private static Type Expected(ColumnType type) => type switch
    {
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => typeof(Guid),
        ColumnType.String or ColumnType.Memo or ColumnType.EntityName => typeof(string),
        ColumnType.Integer => typeof(int),
        ColumnType.BigInt => typeof(long),
        ColumnType.Decimal => typeof(decimal),
        ColumnType.Double => typeof(double),
        ColumnType.Money => typeof(Money),
        ColumnType.Boolean => typeof(bool),
        ColumnType.DateTime => typeof(DateTime),
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => typeof(EntityReference),
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => typeof(OptionSetValue),
        ColumnType.PartyList => typeof(EntityCollection),
        ColumnType.MultiSelectPicklist => typeof(OptionSetValueCollection),
        _ => typeof(object),
    };

    /// <summary>The values an Update may change (system columns the platform owns are dropped, as Dataverse ignores them).</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Changes(TableMetadata table, Entity target) =>
        target.Attributes.Where(a => a.Key != table.PrimaryIdColumn && !IgnoredOnUpdate.Contains(a.Key));

    /// <summary>Fills each money column's base-currency twin (exchange rate 1) unless the caller sent the twin.</summary>
    public static void FillBaseCurrency(TableMetadata table, IDictionary<string, object?> values, Entity sent)
    {
        foreach (var pair in values.ToList())
        {
            var twin = pair.Key + "_base";
            if (table.FindColumn(pair.Key)?.Type == ColumnType.Money && table.FindColumn(twin)?.Type == ColumnType.Money && !sent.Contains(twin))
            {
                values[twin] = pair.Value is Money money ? new Money(money.Value) : null;
            }
        }
    }

    /// <summary>Checks a state/status pair and returns the status (the state's default when none was given).</summary>
    public static int StatusFor(TableMetadata table, int state, int? status)
    {
        var resolved = status is null or -1 ? table.DefaultStatus(state) : status;
        if (resolved == null || !table.Statuses.Any(s => s.State == state && s.Status == resolved))
        {
            throw Faults.Create(ErrorCodes.InvalidStateTransition,
                $"{(status ?? -1).ToString(CultureInfo.InvariantCulture)} is not a valid status code for state code {state} on {table.LogicalName}.");
        }
        return resolved.Value;
    }

    /// <summary>The row as the caller sees it: only the asked columns (plus the primary key), copied out, with its row version.</summary>
    public static Entity ToEntity(MetadataCatalog metadata, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values, long version, ColumnSet columns)
    {
        var entity = new Entity(table.LogicalName, id) { RowVersion = version.ToString(CultureInfo.InvariantCulture) };
        var names = columns.AllColumns ? values.Keys : columns.Columns.Select(c => metadata.GetColumn(table.LogicalName, c).LogicalName);
        foreach (var name in names.Append(table.PrimaryIdColumn).Distinct())
        {
            if (values.TryGetValue(name, out var value) && value != null)
            {
                entity[name] = Values.Copy(value);
            }
        }
        return entity;
    }

    /// <summary>The id of a reference given by id or by alternate key values; null when no row matches the key.</summary>
    public static Guid? Resolve(MetadataCatalog metadata, RowStore store, Transaction? transaction, string table, Guid id, KeyAttributeCollection? keys)
    {
        if (id != Guid.Empty || keys == null || keys.Count == 0)
        {
            return id;
        }
        var meta = metadata.GetTable(table);
        foreach (var key in keys)
        {
            metadata.GetColumn(meta.LogicalName, key.Key);
        }
        var columns = keys.Select(k => new KeyValuePair<string, object?>(metadata.GetColumn(meta.LogicalName, k.Key).LogicalName, k.Value)).ToList();
        var match = store.ScanWhereAllEqual(meta.LogicalName, transaction, columns, v => keys.All(k => Query.ValueComparer.Instance.AreEqual(v.GetValueOrDefault(k.Key), k.Value)))
            .FirstOrDefault();
        return match.Values == null ? null : match.Id;
    }

    /// <summary>Fails when another row already holds the same values of one of the table's alternate keys.</summary>
    public static void CheckAlternateKeys(RowStore store, Transaction transaction, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> row)
    {
        foreach (var key in table.AlternateKeys)
        {
            if (key.Columns.Any(c => row.GetValueOrDefault(c) == null))
            {
                continue;
            }
            var clash = store.ScanWhereAllEqual(table.LogicalName, transaction, key.Columns.Select(c => new KeyValuePair<string, object?>(c, row[c])).ToList(), v => key.Columns.All(c => Query.ValueComparer.Instance.AreEqual(v.GetValueOrDefault(c), row[c])))
                .Any(r => r.Id != id);
            if (clash)
            {
                throw Faults.Create(ErrorCodes.DuplicateRecordEntityKey,
                    $"A record that has the attribute values {string.Join(", ", key.Columns.Select(c => $"{c} = {Query.ValueComparer.Normalize(row[c])}"))} already exists. The entity key {key.Name} requires that this set of attributes contains unique values.");
            }
        }
    }
}
