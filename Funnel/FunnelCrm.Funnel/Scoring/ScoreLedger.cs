using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// The small memory scoring keeps on a lead beside the behaviour score, stored as one compact text column:
    /// the frequency-cap counts per rule and calendar window, and the recycle marks (when the behaviour score was
    /// reduced, by which factor). Immutable. Text form, entries separated by ';' and sorted:
    /// <c>{ruleId}@{windowKey}={count}</c> (window keys D20261122 for a day, W20261116 for the ISO week starting that
    /// Monday, M202611 for a month) and <c>!{yyyyMMddTHHmmss}={factor}</c> for a recycle.
    /// Size: one entry (about 20-30 characters) per capped rule and window that holds a counted activity within the
    /// model's cap horizon, plus one per recycle; windows that ended before the horizon are dropped as new ones arrive.
    /// </summary>
    public sealed class ScoreLedger
    {
        /// <summary>The empty ledger.</summary>
        public static readonly ScoreLedger Empty = new ScoreLedger(new CapEntry[0], new RecycleMark[0]);

        private const string RecycleFormat = "yyyyMMdd'T'HHmmss";
        private readonly CapEntry[] caps;
        private readonly RecycleMark[] recycles;

        private ScoreLedger(CapEntry[] caps, RecycleMark[] recycles)
        {
            this.caps = caps;
            this.recycles = recycles;
        }

        /// <summary>The recycle marks, oldest first.</summary>
        public IReadOnlyList<RecycleMark> Recycles => recycles;

        /// <summary>How many cap entries the ledger holds.</summary>
        public int CapEntryCount => caps.Length;

        /// <summary>
        /// Reads the text form; null or empty gives <see cref="Empty"/>. Throws <see cref="FormatException"/> naming the
        /// entry that cannot be read.
        /// </summary>
        public static ScoreLedger Parse(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Empty;
            }

            var caps = new List<CapEntry>();
            var marks = new List<RecycleMark>();
            foreach (string entry in text!.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = entry.LastIndexOf('=');
                if (equals <= 0)
                {
                    throw new FormatException("Score ledger entry '" + entry + "' has no '='.");
                }

                string key = entry.Substring(0, equals);
                string value = entry.Substring(equals + 1);
                if (key[0] == '!')
                {
                    if (!DateTime.TryParseExact(key.Substring(1), RecycleFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime on)
                        || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double factor))
                    {
                        throw new FormatException("Score ledger recycle entry '" + entry + "' cannot be read.");
                    }

                    marks.Add(new RecycleMark(on, factor));
                }
                else
                {
                    int at = key.LastIndexOf('@');
                    if (at <= 0 || !CalendarWindows.TryParseKey(key.Substring(at + 1), out CalendarWindow window, out DateTime start)
                        || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                    {
                        throw new FormatException("Score ledger cap entry '" + entry + "' cannot be read.");
                    }

                    caps.Add(new CapEntry(key, CalendarWindows.EndOf(window, DateTime.SpecifyKind(start, DateTimeKind.Utc)), count));
                }
            }

            caps.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            marks.Sort((a, b) => a.On.CompareTo(b.On));
            return new ScoreLedger(caps.ToArray(), marks.ToArray());
        }

        /// <summary>How many activities of <paramref name="ruleId"/> counted in the window with <paramref name="windowKey"/>.</summary>
        public int CapCount(string ruleId, string windowKey)
        {
            return Find(ruleId + "@" + windowKey);
        }

        /// <summary>
        /// The factor by which recycles after <paramref name="occurredOn"/> reduced an activity's contribution
        /// (the product of the factors of all recycles later than the activity; 1 without any).
        /// </summary>
        public double RecycleMultiplier(DateTime occurredOn)
        {
            double multiplier = 1;
            for (int i = recycles.Length - 1; i >= 0 && recycles[i].On > occurredOn; i--)
            {
                multiplier *= recycles[i].Factor;
            }

            return multiplier;
        }

        /// <summary>The text form (see the class summary); empty for an empty ledger.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (CapEntry cap in caps)
            {
                text.Append(cap.Key).Append('=').Append(cap.Count.ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            foreach (RecycleMark mark in recycles)
            {
                text.Append('!').Append(mark.On.ToString(RecycleFormat, CultureInfo.InvariantCulture)).Append('=')
                    .Append(mark.Factor.ToString("R", CultureInfo.InvariantCulture)).Append(';');
            }

            if (text.Length > 0)
            {
                text.Length--;
            }

            return text.ToString();
        }

        internal int CapCountOf(string key)
        {
            return Find(key);
        }

        internal ScoreLedger WithCapDelta(string key, DateTime windowEnd, int delta, DateTime horizonCutoff)
        {
            var copy = new List<CapEntry>(caps.Length + 1);
            int count = delta;
            foreach (CapEntry cap in caps)
            {
                if (string.Equals(cap.Key, key, StringComparison.Ordinal))
                {
                    count += cap.Count;
                }
                else if (cap.End > horizonCutoff)
                {
                    copy.Add(cap);
                }
            }

            if (count > 0)
            {
                copy.Add(new CapEntry(key, windowEnd, count));
                copy.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            }

            return new ScoreLedger(copy.ToArray(), recycles);
        }

        internal ScoreLedger WithRecycle(DateTime on, double factor)
        {
            var marks = new List<RecycleMark>(recycles) { new RecycleMark(on, factor) };
            marks.Sort((a, b) => a.On.CompareTo(b.On));
            return new ScoreLedger(caps, marks.ToArray());
        }

        private int Find(string key)
        {
            foreach (CapEntry cap in caps)
            {
                if (string.Equals(cap.Key, key, StringComparison.Ordinal))
                {
                    return cap.Count;
                }
            }

            return 0;
        }

        private sealed class CapEntry
        {
            public CapEntry(string key, DateTime end, int count)
            {
                Key = key;
                End = end;
                Count = count;
            }

            public string Key { get; }

            public DateTime End { get; }

            public int Count { get; }
        }
    }
}
