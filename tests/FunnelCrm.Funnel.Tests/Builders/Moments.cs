using System;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Fixed instants for tests: day 0 is Monday 2 March 2026, 00:00 UTC.</summary>
    internal static class Moments
    {
        public static readonly DateTime Day0 = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

        public static DateTime Day(double days)
        {
            return Day0.AddDays(days);
        }

        public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0)
        {
            return new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
        }
    }
}
