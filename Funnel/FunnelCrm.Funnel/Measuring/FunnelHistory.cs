using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// The one streaming pass over transition records: per distinct lead, the first entry into each stage (8 bytes per
    /// stage) and the latest transition (stage and time), plus an index entry. Memory grows with distinct leads, never
    /// with rows: more rows for the same leads change values in place. Duplicate rows change nothing; out-of-order rows
    /// give the same result as sorted ones (first entry = minimum time; latest = maximum time, ties to the higher stage).
    /// Not thread-safe while adding.
    /// </summary>
    public sealed class FunnelHistory
    {
        private const int Slots = FunnelStages.Count;
        private readonly Dictionary<Guid, int> index = new Dictionary<Guid, int>();
        private long[] first = new long[Slots * 64];
        private long[] latestOn = new long[64];
        private byte[] latestStage = new byte[64];
        private readonly long[] rejections = new long[RejectionReasons.All.Count];
        private int count;

        /// <summary>The number of distinct leads seen.</summary>
        public int LeadCount => count;

        /// <summary>The number of rows added.</summary>
        public long RowCount { get; private set; }

        /// <summary>The leads seen (in no particular order).</summary>
        public IEnumerable<Guid> Leads => index.Keys;

        /// <summary>Builds the history in one pass over <paramref name="rows"/>.</summary>
        public static FunnelHistory Build(IEnumerable<StageTransition> rows)
        {
            if (rows == null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            var history = new FunnelHistory();
            foreach (StageTransition row in rows)
            {
                history.Add(row);
            }

            return history;
        }

        /// <summary>Adds one transition record.</summary>
        public void Add(StageTransition row)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            Add(row.LeadId, row.To, row.On);
            if (row.Rejection.HasValue && (int)row.Rejection.Value >= 0 && (int)row.Rejection.Value < rejections.Length)
            {
                rejections[(int)row.Rejection.Value]++;
            }
        }

        /// <summary>
        /// How many rejection rows with <paramref name="reason"/> were added (through <see cref="Add(StageTransition)"/>
        /// or <see cref="Build"/>; each row counts, so pass each rejection once).
        /// </summary>
        public long RejectionCount(RejectionReason reason)
        {
            int index = (int)reason;
            return index >= 0 && index < rejections.Length ? rejections[index] : 0;
        }

        /// <summary>Adds one transition: <paramref name="leadId"/> entered <paramref name="stage"/> at <paramref name="on"/> (UTC).</summary>
        public void Add(Guid leadId, FunnelStage stage, DateTime on)
        {
            int s = (int)stage;
            if (s < 0 || s >= Slots)
            {
                throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown funnel stage.");
            }

            long ticks = Times.AsUtc(on).Ticks;
            if (ticks == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(on), on, "A transition needs a time.");
            }

            if (!index.TryGetValue(leadId, out int lead))
            {
                lead = count++;
                index.Add(leadId, lead);
                if (count > latestOn.Length)
                {
                    Array.Resize(ref latestOn, latestOn.Length * 2);
                    Array.Resize(ref latestStage, latestStage.Length * 2);
                    Array.Resize(ref first, first.Length * 2);
                }
            }

            RowCount++;
            int slot = lead * Slots + s;
            long existing = first[slot];
            if (existing == 0 || ticks < existing)
            {
                first[slot] = ticks;
            }

            if (ticks > latestOn[lead] || (ticks == latestOn[lead] && s > latestStage[lead]))
            {
                latestOn[lead] = ticks;
                latestStage[lead] = (byte)s;
            }
        }

        /// <summary>The first entries of <paramref name="leadId"/> (<see cref="LeadFirstEntries.None"/> when unknown).</summary>
        public LeadFirstEntries FirstEntries(Guid leadId)
        {
            if (!index.TryGetValue(leadId, out int lead))
            {
                return LeadFirstEntries.None;
            }

            var copy = new long[Slots];
            Array.Copy(first, lead * Slots, copy, 0, Slots);
            return LeadFirstEntries.Wrap(copy);
        }

        /// <summary>The latest stage of <paramref name="leadId"/> and when it was entered, or false when unknown.</summary>
        public bool TryGetLatest(Guid leadId, out FunnelStage stage, out DateTime on)
        {
            stage = FunnelStage.Known;
            on = default;
            if (!index.TryGetValue(leadId, out int lead))
            {
                return false;
            }

            stage = (FunnelStage)latestStage[lead];
            on = new DateTime(latestOn[lead], DateTimeKind.Utc);
            return true;
        }

        internal long FirstTicks(int lead, FunnelStage stage)
        {
            return first[lead * Slots + (int)stage];
        }

        internal FunnelStage LatestStage(int lead)
        {
            return (FunnelStage)latestStage[lead];
        }

        internal long LatestTicks(int lead)
        {
            return latestOn[lead];
        }

        internal void CopyFirst(int lead, long[] target)
        {
            Array.Copy(first, lead * Slots, target, 0, Slots);
        }
    }
}
