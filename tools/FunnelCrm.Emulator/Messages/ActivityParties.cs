using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Keeps activityparty rows in step with an activity's party list columns (to, from, requiredattendees, customer...).</summary>
internal static class ActivityParties
{
    private static readonly Dictionary<string, int> ParticipationTypes = new(StringComparer.Ordinal)
    {
        ["from"] = 1, ["to"] = 2, ["cc"] = 3, ["bcc"] = 4, ["requiredattendees"] = 5, ["optionalattendees"] = 6, ["organizer"] = 7, ["customer"] = 11,
    };

    public static void Write(Operation operation, TableMetadata table, Guid activityId, Entity sent)
    {
        var store = operation.Organization.Store;
        foreach (var pair in sent.Attributes.Where(a => table.FindColumn(a.Key)?.Type == ColumnType.PartyList))
        {
            var mask = ParticipationTypes.TryGetValue(pair.Key, out var type) ? type : 0;
            var old = store.ScanWhereEquals("activityparty", operation.Transaction, "activityid", new object?[] { activityId },
                v => v.GetValueOrDefault("activityid") is EntityReference a && a.Id == activityId
                    && v.GetValueOrDefault("participationtypemask") is OptionSetValue m && m.Value == mask);
            foreach (var row in old)
            {
                store.Remove("activityparty", row.Id, operation.Transaction);
            }
            foreach (var party in (pair.Value as EntityCollection)?.Entities ?? Enumerable.Empty<Entity>())
            {
                var id = Guid.NewGuid();
                var values = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["activitypartyid"] = id,
                    ["activityid"] = new EntityReference(table.LogicalName, activityId),
                    ["partyid"] = party.GetAttributeValue<EntityReference>("partyid"),
                    ["addressused"] = party.GetAttributeValue<string>("addressused"),
                    ["participationtypemask"] = new OptionSetValue(mask),
                };
                store.Insert("activityparty", id, values, operation.Transaction);
            }
        }
    }
}
