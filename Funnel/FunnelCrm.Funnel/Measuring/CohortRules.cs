using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// The definitions every measure shares, applied to one lead's first entries (ticks, 0 = never). Keeping them in
    /// one place is what makes snapshot deltas agree with a full recomputation.
    /// </summary>
    internal static class CohortRules
    {
        public const int LastProgression = (int)FunnelStage.Won;

        /// <summary>Converted from k: a first entry into any later progression stage at or after the first entry into k.</summary>
        public static bool Converted(long[] first, int k)
        {
            long entered = first[k];
            for (int j = k + 1; j <= LastProgression; j++)
            {
                if (first[j] != 0 && first[j] >= entered)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whole seconds from the first entry into k to the first entry into k+1, or -1 when not both in that order.</summary>
        public static long VelocitySeconds(long[] first, int k)
        {
            long from = first[k];
            long to = first[k + 1];
            return from != 0 && to != 0 && to >= from ? (to - from) / TimeSpan.TicksPerSecond : -1;
        }

        /// <summary>Whole seconds from the first entry into k to the first entry into Won, or -1 when not won after k.</summary>
        public static long SecondsToWon(long[] first, int k)
        {
            long from = first[k];
            long won = first[LastProgression];
            return from != 0 && won != 0 && won >= from ? (won - from) / TimeSpan.TicksPerSecond : -1;
        }

        /// <summary>The local start (ticks) of the period holding the UTC ticks.</summary>
        public static long PeriodKey(PeriodKind kind, long utcTicks, TimeZoneInfo zone)
        {
            DateTime utc = new DateTime(utcTicks, DateTimeKind.Utc);
            DateTime local = ReferenceEquals(zone, TimeZoneInfo.Utc) ? utc : TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
            return Period.StartOfLocal(kind, local).Ticks;
        }
    }
}
