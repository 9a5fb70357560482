using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Leads;

/// <summary>Reads and writes fcm_funnelsnapshot rows: one per period kind, period start and stage (the fcm_key alternate key).</summary>
public static class SnapshotRows
{
    /// <summary>The row key of a period and stage, e.g. "Month|2026-11-01|MQL".</summary>
    public static string Key(Period period, FunnelStage stage) =>
        period.Kind + "|" + period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + FunnelStages.Label(stage);

    /// <summary>
    /// Adds changes to their rows: the existing rows are locked first (an update with no columns each), then read in one
    /// query, then written; a period and stage without a row gets one.
    /// </summary>
    public static void Add(IOrganizationService service, IReadOnlyList<SnapshotChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var keys = changes.Select(c => (object)Key(c.Period, c.Stage)).ToArray();
        var existing = Query(service, keys, new ColumnSet(FunnelSnapshotColumns.Key));
        foreach (var id in existing.Values)
        {
            service.Update(new Entity(Tables.FunnelSnapshot, id.Id));
        }

        var current = existing.Count == 0 ? existing : Query(service, keys, new ColumnSet(true));
        foreach (var change in changes)
        {
            var found = current.TryGetValue(Key(change.Period, change.Stage), out var row);
            var counters = found ? Read(row!) : new SnapshotCounters();
            counters.Apply(change);
            Write(service, found ? row!.Id : (Guid?)null, change.Period, change.Stage, counters);
        }
    }

    private static Dictionary<string, Entity> Query(IOrganizationService service, object[] keys, ColumnSet columns)
    {
        var query = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = columns };
        query.Criteria.AddCondition(FunnelSnapshotColumns.Key, ConditionOperator.In, keys);
        return service.RetrieveMultiple(query).Entities.ToDictionary(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key), e => e, StringComparer.Ordinal);
    }

    /// <summary>Writes a row's counters (and the derived rate and mean); creates the row when <paramref name="id"/> is null.</summary>
    public static void Write(IOrganizationService service, Guid? id, Period period, FunnelStage stage, SnapshotCounters counters)
    {
        var row = id == null ? new Entity(Tables.FunnelSnapshot) : new Entity(Tables.FunnelSnapshot, id.Value);
        if (id == null)
        {
            row[FunnelSnapshotColumns.Key] = Key(period, stage);
            row[FunnelSnapshotColumns.Name] = period.Label + " " + FunnelStages.Label(stage);
            row[FunnelSnapshotColumns.Period] = new OptionSetValue(FunnelOptions.Base + (int)period.Kind);
            row[FunnelSnapshotColumns.PeriodStart] = DateTime.SpecifyKind(period.Start, DateTimeKind.Utc);
            row[FunnelSnapshotColumns.Stage] = FunnelOptions.Stage(stage);
        }

        row[FunnelSnapshotColumns.Volume] = (int)counters.Volume;
        row[FunnelSnapshotColumns.ConversionNumerator] = (int)counters.ConversionNumerator;
        row[FunnelSnapshotColumns.ConversionDenominator] = (int)counters.ConversionDenominator;
        row[FunnelSnapshotColumns.ConversionRate] = counters.Conversion == null ? (decimal?)null : Math.Round((decimal)counters.Conversion.Value, 4);
        row[FunnelSnapshotColumns.VelocitySumDays] = Math.Round((decimal)(counters.VelocitySecondsSum / 86400.0), 4);
        row[FunnelSnapshotColumns.VelocityCount] = (int)counters.VelocityCount;
        row[FunnelSnapshotColumns.VelocityMeanDays] = counters.MeanVelocityDays == null ? (decimal?)null : Math.Round((decimal)counters.MeanVelocityDays.Value, 2);
        if (id == null)
        {
            service.Create(row);
        }
        else
        {
            service.Update(row);
        }
    }

    /// <summary>The counters a row holds (velocity kept in whole seconds, as the engine counts it).</summary>
    public static SnapshotCounters Read(Entity row) => new SnapshotCounters
    {
        Volume = row.GetAttributeValue<int?>(FunnelSnapshotColumns.Volume) ?? 0,
        ConversionNumerator = row.GetAttributeValue<int?>(FunnelSnapshotColumns.ConversionNumerator) ?? 0,
        ConversionDenominator = row.GetAttributeValue<int?>(FunnelSnapshotColumns.ConversionDenominator) ?? 0,
        VelocitySecondsSum = (long)Math.Round((row.GetAttributeValue<decimal?>(FunnelSnapshotColumns.VelocitySumDays) ?? 0m) * 86400m),
        VelocityCount = row.GetAttributeValue<int?>(FunnelSnapshotColumns.VelocityCount) ?? 0,
    };
}
