using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// Reads and writes fcm_funnelsnapshot rows: one per period kind, period start and stage, addressed by the fcm_key
/// alternate key. Asynchronous jobs add their deltas concurrently and each call is its own transaction, so a row is
/// never locked and then written: each write carries the row version its counters were computed from and is computed
/// again when another job changed the row first; a row two jobs create at once is created by one, the other adds to
/// it. Rows are written in key order. Every row written is valid: the conversion rate is left empty while the row's
/// numerator runs ahead of its denominator (a later transition's job ran before an earlier one's).
/// </summary>
public static class SnapshotRows
{
    private const int WriteAttempts = 8;

    /// <summary>The row key of a period and stage, e.g. "Month|2026-11-01|MQL".</summary>
    public static string Key(Period period, FunnelStage stage) =>
        period.Kind + "|" + period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + FunnelStages.Label(stage);

    /// <summary>Adds changes to their rows (one query, then one write per row; a read and a write more per row another job changed first).</summary>
    public static void Add(IOrganizationService service, IReadOnlyList<SnapshotChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var existing = Query(service, changes.Select(c => Key(c.Period, c.Stage)).Distinct().ToList());
        foreach (var row in changes.GroupBy(c => Key(c.Period, c.Stage), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            existing.TryGetValue(row.Key, out var current);
            for (var attempt = 1; ; attempt++)
            {
                var counters = current == null ? new SnapshotCounters() : Read(current);
                foreach (var change in row)
                {
                    counters.Apply(change);
                }

                try
                {
                    if (current == null)
                    {
                        service.Create(NewRow(row.First().Period, row.First().Stage, counters));
                    }
                    else
                    {
                        var update = new Entity(Tables.FunnelSnapshot, current.Id) { RowVersion = current.RowVersion };
                        WriteCounters(update, counters);
                        service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                    }

                    break;
                }
                catch (Exception lost) when (ServiceFaults.IsLostRace(lost) && attempt < WriteAttempts)
                {
                    current = Query(service, new[] { row.Key }).Values.FirstOrDefault();
                }
            }
        }
    }

    /// <summary>Sets a row's counters to <paramref name="counters"/> (a rebuild), creating the row when it is missing: an upsert on the key.</summary>
    public static void Replace(IOrganizationService service, Period period, FunnelStage stage, SnapshotCounters counters) =>
        service.Execute(new UpsertRequest { Target = NewRow(period, stage, counters, new Entity(Tables.FunnelSnapshot, FunnelSnapshotColumns.Key, Key(period, stage))) });

    /// <summary>The counters a row holds (velocity kept in whole seconds, as the engine counts it).</summary>
    public static SnapshotCounters Read(Entity row) => new SnapshotCounters
    {
        Volume = row.GetAttributeValue<int?>(FunnelSnapshotColumns.Volume) ?? 0,
        ConversionNumerator = row.GetAttributeValue<int?>(FunnelSnapshotColumns.ConversionNumerator) ?? 0,
        ConversionDenominator = row.GetAttributeValue<int?>(FunnelSnapshotColumns.ConversionDenominator) ?? 0,
        VelocitySecondsSum = (long)Math.Round((row.GetAttributeValue<decimal?>(FunnelSnapshotColumns.VelocitySumDays) ?? 0m) * 86400m),
        VelocityCount = row.GetAttributeValue<int?>(FunnelSnapshotColumns.VelocityCount) ?? 0,
    };

    private static Dictionary<string, Entity> Query(IOrganizationService service, IReadOnlyCollection<string> keys)
    {
        var query = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(FunnelSnapshotColumns.Key, ConditionOperator.In, keys.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities.ToDictionary(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key), e => e, StringComparer.Ordinal);
    }

    private static Entity NewRow(Period period, FunnelStage stage, SnapshotCounters counters, Entity? row = null)
    {
        row ??= new Entity(Tables.FunnelSnapshot);
        row[FunnelSnapshotColumns.Key] = Key(period, stage);
        row[FunnelSnapshotColumns.Name] = period.Label + " " + FunnelStages.Label(stage);
        row[FunnelSnapshotColumns.Period] = new OptionSetValue(FunnelOptions.Base + (int)period.Kind);
        row[FunnelSnapshotColumns.PeriodStart] = DateTime.SpecifyKind(period.Start, DateTimeKind.Utc);
        row[FunnelSnapshotColumns.Stage] = FunnelOptions.Stage(stage);
        WriteCounters(row, counters);
        return row;
    }

    private static void WriteCounters(Entity row, SnapshotCounters counters)
    {
        var conversion = counters.ConversionDenominator > 0 && counters.ConversionNumerator >= 0 && counters.ConversionNumerator <= counters.ConversionDenominator
            ? Math.Round((decimal)counters.Conversion!.Value, 4)
            : (decimal?)null;
        row[FunnelSnapshotColumns.Volume] = (int)counters.Volume;
        row[FunnelSnapshotColumns.ConversionNumerator] = (int)counters.ConversionNumerator;
        row[FunnelSnapshotColumns.ConversionDenominator] = (int)counters.ConversionDenominator;
        row[FunnelSnapshotColumns.ConversionRate] = conversion;
        row[FunnelSnapshotColumns.VelocitySumDays] = Math.Round((decimal)(counters.VelocitySecondsSum / 86400.0), 4);
        row[FunnelSnapshotColumns.VelocityCount] = (int)counters.VelocityCount;
        row[FunnelSnapshotColumns.VelocityMeanDays] = counters.MeanVelocityDays == null ? (decimal?)null : Math.Round((decimal)counters.MeanVelocityDays.Value, 2);
    }
}
