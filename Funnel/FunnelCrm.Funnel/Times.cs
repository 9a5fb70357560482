using System;

namespace FunnelCrm.Funnel
{
    /// <summary>Small time helpers shared by the engine.</summary>
    public static class Times
    {
        /// <summary>
        /// Returns the instant as UTC: a <see cref="DateTimeKind.Unspecified"/> value is taken to be UTC already
        /// (Dataverse returns UTC values), a local value is converted.
        /// </summary>
        public static DateTime AsUtc(DateTime value)
        {
            switch (value.Kind)
            {
                case DateTimeKind.Utc:
                    return value;
                case DateTimeKind.Local:
                    return value.ToUniversalTime();
                default:
                    return DateTime.SpecifyKind(value, DateTimeKind.Utc);
            }
        }

        /// <summary>Days (fractional) from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public static double DaysBetween(DateTime from, DateTime to)
        {
            return (to.Ticks - from.Ticks) / (double)TimeSpan.TicksPerDay;
        }

        /// <summary>The Monday (00:00) that starts the ISO 8601 week of <paramref name="date"/>.</summary>
        public static DateTime IsoWeekStart(DateTime date)
        {
            int offset = ((int)date.DayOfWeek + 6) % 7;
            return date.Date.AddDays(-offset);
        }

        /// <summary>The ISO 8601 week-numbering year and week number of <paramref name="date"/>.</summary>
        public static int IsoWeek(DateTime date, out int isoYear)
        {
            DateTime thursday = IsoWeekStart(date).AddDays(3);
            isoYear = thursday.Year;
            return (thursday.DayOfYear - 1) / 7 + 1;
        }
    }
}
