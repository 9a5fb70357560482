using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// A lead's first entry into each stage (UTC), the only thing measuring keeps per lead: one 8-byte slot per stage.
    /// Immutable; <see cref="With"/> keeps the earlier of the stored and the new time, so duplicate and out-of-order
    /// rows give the same result.
    /// </summary>
    public sealed class LeadFirstEntries
    {
        /// <summary>A lead with no entries.</summary>
        public static readonly LeadFirstEntries None = new LeadFirstEntries(new long[FunnelStages.Count]);

        private readonly long[] ticks;

        private LeadFirstEntries(long[] ticks)
        {
            this.ticks = ticks;
        }

        /// <summary>Builds the entries from stage to first-entry time.</summary>
        public static LeadFirstEntries From(IEnumerable<KeyValuePair<FunnelStage, DateTime>> entries)
        {
            LeadFirstEntries result = None;
            foreach (KeyValuePair<FunnelStage, DateTime> entry in entries)
            {
                result = result.With(entry.Key, entry.Value);
            }

            return result;
        }

        /// <summary>The first entry into <paramref name="stage"/>, or null when the lead never entered it.</summary>
        public DateTime? this[FunnelStage stage]
        {
            get
            {
                long value = ticks[(int)stage];
                return value == 0 ? (DateTime?)null : new DateTime(value, DateTimeKind.Utc);
            }
        }

        /// <summary>The entries with <paramref name="stage"/> entered at <paramref name="on"/> (kept only if earlier than the stored one).</summary>
        public LeadFirstEntries With(FunnelStage stage, DateTime on)
        {
            long value = Times.AsUtc(on).Ticks;
            long current = ticks[(int)stage];
            if (current != 0 && current <= value)
            {
                return this;
            }

            var copy = (long[])ticks.Clone();
            copy[(int)stage] = value;
            return new LeadFirstEntries(copy);
        }

        internal long[] Ticks => ticks;

        internal static LeadFirstEntries Wrap(long[] ticks)
        {
            return new LeadFirstEntries(ticks);
        }
    }
}
