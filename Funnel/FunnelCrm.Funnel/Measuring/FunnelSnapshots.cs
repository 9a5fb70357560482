using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Keeps per-period, per-stage snapshot rows (<see cref="SnapshotCounters"/>) current one transition at a time.
    /// A lead's share of the counters depends only on its first entries, so the change a transition makes is the lead's
    /// share after it minus its share before; added to the rows it gives exactly what <see cref="Compute"/> gives from
    /// all transitions (whatever the order, duplicates included).
    /// </summary>
    public static class FunnelSnapshots
    {
        /// <summary>
        /// The changes one new transition makes, given the lead's first entries before it (from its earlier transitions;
        /// <see cref="LeadFirstEntries.None"/> for a new lead). Rows not listed do not change.
        /// </summary>
        public static IReadOnlyList<SnapshotChange> Delta(LeadFirstEntries before, StageTransition transition, PeriodKind kind, TimeZoneInfo zone)
        {
            if (before == null)
            {
                throw new ArgumentNullException(nameof(before));
            }

            if (transition == null)
            {
                throw new ArgumentNullException(nameof(transition));
            }

            LeadFirstEntries after = before.With(transition.To, transition.On);
            if (ReferenceEquals(after, before))
            {
                return new SnapshotChange[0];
            }

            var changes = new Dictionary<long, SnapshotChange>();
            Accumulate(before.Ticks, kind, zone, -1, changes);
            Accumulate(after.Ticks, kind, zone, 1, changes);
            var result = new List<SnapshotChange>();
            foreach (SnapshotChange change in changes.Values)
            {
                if (!change.IsZero)
                {
                    result.Add(change);
                }
            }

            result.Sort((a, b) =>
            {
                int byPeriod = a.Period.CompareTo(b.Period);
                return byPeriod != 0 ? byPeriod : a.Stage.CompareTo(b.Stage);
            });
            return result;
        }

        /// <summary>All snapshot rows recomputed from the history (only non-empty rows).</summary>
        public static IReadOnlyDictionary<SnapshotKey, SnapshotCounters> Compute(FunnelHistory history, PeriodKind kind, TimeZoneInfo zone)
        {
            if (history == null)
            {
                throw new ArgumentNullException(nameof(history));
            }

            var changes = new Dictionary<long, SnapshotChange>();
            var first = new long[FunnelStages.Count];
            for (int lead = 0; lead < history.LeadCount; lead++)
            {
                history.CopyFirst(lead, first);
                Accumulate(first, kind, zone, 1, changes);
            }

            var rows = new Dictionary<SnapshotKey, SnapshotCounters>();
            foreach (SnapshotChange change in changes.Values)
            {
                if (!change.IsZero)
                {
                    var counters = new SnapshotCounters();
                    counters.Apply(change);
                    rows.Add(new SnapshotKey(change.Period, change.Stage), counters);
                }
            }

            return rows;
        }

        private static void Accumulate(long[] first, PeriodKind kind, TimeZoneInfo zone, int sign, Dictionary<long, SnapshotChange> changes)
        {
            for (int s = 0; s < FunnelStages.Count; s++)
            {
                if (first[s] == 0)
                {
                    continue;
                }

                long periodKey = CohortRules.PeriodKey(kind, first[s], zone);
                long key = (periodKey / TimeSpan.TicksPerDay * 16) + s;
                if (!changes.TryGetValue(key, out SnapshotChange? change))
                {
                    change = new SnapshotChange(new Period(kind, new DateTime(periodKey)), (FunnelStage)s);
                    changes.Add(key, change);
                }

                change!.Volume += sign;
                if (s < CohortRules.LastProgression)
                {
                    change.ConversionDenominator += sign;
                    if (CohortRules.Converted(first, s))
                    {
                        change.ConversionNumerator += sign;
                    }

                    long seconds = CohortRules.VelocitySeconds(first, s);
                    if (seconds >= 0)
                    {
                        change.VelocityCount += sign;
                        change.VelocitySecondsSum += sign * seconds;
                    }
                }
            }
        }
    }
}
