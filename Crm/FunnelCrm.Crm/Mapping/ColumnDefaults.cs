using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Mapping;

/// <summary>
/// The value a column takes when a Create leaves it out, read from the column's definition in the organization's
/// metadata (RetrieveAttribute, one call) and kept per organization for <see cref="TimeToLive"/> on the operation's
/// clock, in an immutable map swapped atomically. The response's AttributeMetadata is read by member name
/// (DefaultValue, as BooleanAttributeMetadata and the other typed definitions carry it), so FunnelCrm needs none of the
/// SDK's metadata types.
/// </summary>
public static class ColumnDefaults
{
    /// <summary>How long a column's default is used before it is read again.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private const string DefaultValueMember = "DefaultValue";

    private static Dictionary<string, Entry> entries = new Dictionary<string, Entry>(StringComparer.Ordinal);

    /// <summary>The default of <paramref name="column"/> on <paramref name="table"/>, or null when it has none.</summary>
    public static object? Of(IOrganizationService service, Guid organizationId, DateTime now, string table, string column)
    {
        var key = organizationId.ToString("N") + "/" + table + "/" + column;
        if (entries.TryGetValue(key, out var entry) && now >= entry.ReadOn && now - entry.ReadOn < TimeToLive)
        {
            return entry.Value;
        }

        var response = service.Execute(new OrganizationRequest("RetrieveAttribute")
        {
            ["EntityLogicalName"] = table,
            ["LogicalName"] = column,
            ["MetadataId"] = Guid.Empty,
            ["RetrieveAsIfPublished"] = false,
        });
        var definition = response.Results.Contains("AttributeMetadata") ? response.Results["AttributeMetadata"] : null;
        var value = definition?.GetType().GetProperty(DefaultValueMember)?.GetValue(definition, null);
        Swap(key, new Entry(value, now));
        return value;
    }

    private static void Swap(string key, Entry fresh)
    {
        while (true)
        {
            var current = entries;
            var next = new Dictionary<string, Entry>(current, StringComparer.Ordinal) { [key] = fresh };
            if (Interlocked.CompareExchange(ref entries, next, current) == current)
            {
                return;
            }
        }
    }

    private sealed class Entry
    {
        public Entry(object? value, DateTime readOn)
        {
            Value = value;
            ReadOn = readOn;
        }

        public object? Value { get; }

        public DateTime ReadOn { get; }
    }
}
