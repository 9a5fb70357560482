using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Data;

/// <summary>Copies attribute values so that no caller ever shares a mutable object with the store.</summary>
internal static class Values
{
    public static object? Copy(object? value) => value switch
    {
        null => null,
        EntityReference r => new EntityReference(r.LogicalName, r.Id) { Name = r.Name, KeyAttributes = CopyKeys(r.KeyAttributes) },
        Money m => new Money(m.Value),
        OptionSetValue o => new OptionSetValue(o.Value),
        EntityReferenceCollection c => new EntityReferenceCollection(c.Select(r => (EntityReference)Copy(r)!).ToList()),
        OptionSetValueCollection c => new OptionSetValueCollection(c.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection c => CopyCollection(c),
        Entity e => CopyEntity(e),
        AliasedValue a => new AliasedValue(a.EntityLogicalName, a.AttributeLogicalName, Copy(a.Value)),
        byte[] b => b.ToArray(),
        string[] texts => texts.ToArray(),
        _ => value,
    };

    public static Entity CopyEntity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion, KeyAttributes = CopyKeys(source.KeyAttributes) };
        foreach (var pair in source.Attributes)
        {
            copy[pair.Key] = Copy(pair.Value);
        }
        foreach (var pair in source.FormattedValues)
        {
            copy.FormattedValues[pair.Key] = pair.Value;
        }
        return copy;
    }

    private static EntityCollection CopyCollection(EntityCollection source) =>
        new(source.Entities.Select(CopyEntity).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
            TotalRecordCountLimitExceeded = source.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = source.MinActiveRowVersion,
        };

    private static KeyAttributeCollection CopyKeys(KeyAttributeCollection? source)
    {
        var copy = new KeyAttributeCollection();
        foreach (var pair in source ?? new KeyAttributeCollection())
        {
            copy[pair.Key] = Copy(pair.Value);
        }
        return copy;
    }

    public static Dictionary<string, object?> CopyRow(IReadOnlyDictionary<string, object?> row) =>
        row.ToDictionary(p => p.Key, p => Copy(p.Value), StringComparer.Ordinal);

    /// <summary>Compares two attribute values the way queries compare them (references by id, wrappers by value).</summary>
    public static object? Comparable(object? value) => value switch
    {
        EntityReference r => r.Id,
        Money m => m.Value,
        OptionSetValue o => o.Value,
        AliasedValue a => Comparable(a.Value),
        Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
