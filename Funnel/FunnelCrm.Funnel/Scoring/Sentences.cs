using System;
using System.Globalization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Formatting of explanation sentences.</summary>
    internal static class Sentences
    {
        /// <summary>"+47", "-100", "+0.5": whole points from 10 up, one decimal below.</summary>
        public static string Points(double points)
        {
            double shown = Math.Abs(points) >= 10 ? Math.Round(points, MidpointRounding.AwayFromZero) : Math.Round(points, 1, MidpointRounding.AwayFromZero);
            string sign = shown >= 0 ? "+" : "-";
            return sign + Math.Abs(shown).ToString("0.#", CultureInfo.InvariantCulture);
        }

        /// <summary>"today", "1 day ago", "3 days ago".</summary>
        public static string Age(DateTime occurredOn, DateTime now)
        {
            int days = (int)Math.Floor(Times.DaysBetween(occurredOn, now));
            if (days <= 0)
            {
                return "today";
            }

            return days == 1 ? "1 day ago" : days.ToString(CultureInfo.InvariantCulture) + " days ago";
        }
    }
}
