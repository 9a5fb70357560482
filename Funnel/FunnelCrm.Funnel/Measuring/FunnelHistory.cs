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

        // One record per lead, kept together so that adding a row touches one place: the first entry into each stage
        // (Slots values), then the latest transition's time and stage.
        private const int LatestOnSlot = Slots;
        private const int LatestStageSlot = Slots + 1;
        private const int Stride = Slots + 2;
        private readonly Dictionary<Guid, int> index = new Dictionary<Guid, int>();
        private long[] records = new long[Stride * 64];
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

            int lead = Slot(leadId);
            RowCount++;
            KeepFirst(lead, s, ticks);
            KeepLatest(lead, ticks, s);
        }

        /// <summary>
        /// Adds everything <paramref name="other"/> holds, as if its rows had been added here: per lead the earlier first
        /// entry into each stage and the later latest transition (ties to the higher stage); row and rejection counts add
        /// up. Histories built from any split of the rows and merged in any order hold the same leads with the same
        /// entries as one built from all rows, so they measure the same; leads new to this history are numbered after
        /// its own, in no particular order.
        /// </summary>
        public void Merge(FunnelHistory other)
        {
            if (other == null)
            {
                throw new ArgumentNullException(nameof(other));
            }

            if (ReferenceEquals(other, this))
            {
                throw new ArgumentException("A history cannot be merged into itself.", nameof(other));
            }

            foreach (KeyValuePair<Guid, int> entry in other.index)
            {
                int lead = Slot(entry.Key);
                int from = entry.Value * Stride;
                for (int s = 0; s < Slots; s++)
                {
                    if (other.records[from + s] != 0)
                    {
                        KeepFirst(lead, s, other.records[from + s]);
                    }
                }

                KeepLatest(lead, other.records[from + LatestOnSlot], (int)other.records[from + LatestStageSlot]);
            }

            RowCount += other.RowCount;
            for (int i = 0; i < rejections.Length; i++)
            {
                rejections[i] += other.rejections[i];
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
            Array.Copy(records, lead * Stride, copy, 0, Slots);
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

            stage = LatestStage(lead);
            on = new DateTime(LatestTicks(lead), DateTimeKind.Utc);
            return true;
        }

        private int Slot(Guid leadId)
        {
            if (!index.TryGetValue(leadId, out int lead))
            {
                lead = count++;
                index.Add(leadId, lead);
                if (count * Stride > records.Length)
                {
                    Array.Resize(ref records, records.Length * 2);
                }
            }

            return lead;
        }

        /// <summary>Keeps <paramref name="ticks"/> as the lead's first entry into stage <paramref name="s"/> when it is the earliest.</summary>
        private void KeepFirst(int lead, int s, long ticks)
        {
            int slot = (lead * Stride) + s;
            long existing = records[slot];
            if (existing == 0 || ticks < existing)
            {
                records[slot] = ticks;
            }
        }

        /// <summary>Keeps stage <paramref name="s"/> at <paramref name="ticks"/> as the lead's latest transition when it is later (ties to the higher stage).</summary>
        private void KeepLatest(int lead, long ticks, int s)
        {
            int at = lead * Stride;
            long latest = records[at + LatestOnSlot];
            if (ticks > latest || (ticks == latest && s > records[at + LatestStageSlot]))
            {
                records[at + LatestOnSlot] = ticks;
                records[at + LatestStageSlot] = s;
            }
        }

        internal long FirstTicks(int lead, FunnelStage stage)
        {
            return records[(lead * Stride) + (int)stage];
        }

        internal FunnelStage LatestStage(int lead)
        {
            return (FunnelStage)records[(lead * Stride) + LatestStageSlot];
        }

        internal long LatestTicks(int lead)
        {
            return records[(lead * Stride) + LatestOnSlot];
        }

        internal void CopyFirst(int lead, long[] target)
        {
            Array.Copy(records, lead * Stride, target, 0, Slots);
        }
    }
}
