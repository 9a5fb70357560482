using System;
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

    /// <summary>Adds a change to its row (creating the row when the period has none yet); the row is locked first.</summary>
    public static void Add(IOrganizationService service, SnapshotChange change)
    {
        var key = Key(change.Period, change.Stage);
        var existing = Find(service, key);
        var counters = new SnapshotCounters();
        if (existing != null)
        {
            service.Update(new Entity(Tables.FunnelSnapshot, existing.Id));
            existing = service.Retrieve(Tables.FunnelSnapshot, existing.Id, new ColumnSet(true));
            counters = Read(existing);
        }

        counters.Apply(change);
        Write(service, existing?.Id, change.Period, change.Stage, counters);
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

    /// <summary>The row with the key, or null.</summary>
    public static Entity? Find(IOrganizationService service, string key)
    {
        var query = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(FunnelSnapshotColumns.Key), TopCount = 1 };
        query.Criteria.AddCondition(FunnelSnapshotColumns.Key, ConditionOperator.Equal, key);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
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
