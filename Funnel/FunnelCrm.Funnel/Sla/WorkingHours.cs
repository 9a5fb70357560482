using System;

namespace FunnelCrm.Funnel.Sla
{
    /// <summary>The working time of one weekday, local time: from <see cref="Start"/> to <see cref="End"/> (same day).</summary>
    public sealed class WorkingHours
    {
        /// <summary>Creates the hours of one weekday; start must be before end, both within the day.</summary>
        public WorkingHours(DayOfWeek day, TimeSpan start, TimeSpan end)
        {
            if (start < TimeSpan.Zero || end > TimeSpan.FromDays(1) || start >= end)
            {
                throw new ArgumentException("Working hours of " + day + " must start before they end, within the day.");
            }

            Day = day;
            Start = start;
            End = end;
        }

        /// <summary>The weekday.</summary>
        public DayOfWeek Day { get; }

        /// <summary>Start of work, local.</summary>
        public TimeSpan Start { get; }

        /// <summary>End of work, local.</summary>
        public TimeSpan End { get; }
    }
}
