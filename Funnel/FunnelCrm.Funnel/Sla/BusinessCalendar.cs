using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Sla
{
    /// <summary>
    /// A weekly calendar of working hours in one time zone, with optional holidays (local dates). SLA due times count
    /// only working time when a calendar is set. A local working-hours boundary that falls into a daylight-saving gap
    /// moves to the end of the gap.
    /// </summary>
    public sealed class BusinessCalendar
    {
        private readonly Dictionary<DayOfWeek, WorkingHours> week = new Dictionary<DayOfWeek, WorkingHours>();
        private readonly HashSet<DateTime> holidays = new HashSet<DateTime>();

        /// <summary>Creates a calendar; at least one weekday must have working hours, each weekday at most once.</summary>
        public BusinessCalendar(TimeZoneInfo zone, IEnumerable<WorkingHours> hours, IEnumerable<DateTime>? holidays = null)
        {
            Zone = zone ?? throw new ArgumentNullException(nameof(zone));
            foreach (WorkingHours day in hours)
            {
                if (week.ContainsKey(day.Day))
                {
                    throw new ArgumentException("Working hours of " + day.Day + " are given twice.", nameof(hours));
                }

                week.Add(day.Day, day);
            }

            if (week.Count == 0)
            {
                throw new ArgumentException("A business calendar needs working hours on at least one weekday.", nameof(hours));
            }

            if (holidays != null)
            {
                foreach (DateTime holiday in holidays)
                {
                    this.holidays.Add(holiday.Date);
                }
            }
        }

        /// <summary>The calendar's time zone.</summary>
        public TimeZoneInfo Zone { get; }

        /// <summary>Monday to Friday from <paramref name="start"/> to <paramref name="end"/> in <paramref name="zone"/>.</summary>
        public static BusinessCalendar Weekdays(TimeZoneInfo zone, TimeSpan start, TimeSpan end)
        {
            var hours = new List<WorkingHours>();
            for (DayOfWeek day = DayOfWeek.Monday; day <= DayOfWeek.Friday; day++)
            {
                hours.Add(new WorkingHours(day, start, end));
            }

            return new BusinessCalendar(zone, hours);
        }

        /// <summary>The instant (UTC) when <paramref name="working"/> of working time has passed after <paramref name="startUtc"/>.</summary>
        public DateTime AddWorkingTime(DateTime startUtc, TimeSpan working)
        {
            DateTime cursor = Times.AsUtc(startUtc);
            TimeSpan left = working;
            if (left <= TimeSpan.Zero)
            {
                return cursor;
            }

            DateTime localDay = TimeZoneInfo.ConvertTimeFromUtc(cursor, Zone).Date;
            while (true)
            {
                DateTime dayStart;
                DateTime dayEnd;
                if (WorkingInterval(localDay, out dayStart, out dayEnd) && dayEnd > cursor)
                {
                    DateTime from = cursor > dayStart ? cursor : dayStart;
                    TimeSpan available = dayEnd - from;
                    if (left <= available)
                    {
                        return from + left;
                    }

                    left -= available;
                    cursor = dayEnd;
                }

                localDay = localDay.AddDays(1);
            }
        }

        /// <summary>Working time between two instants (zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>).</summary>
        public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
        {
            DateTime from = Times.AsUtc(fromUtc);
            DateTime to = Times.AsUtc(toUtc);
            TimeSpan total = TimeSpan.Zero;
            if (to <= from)
            {
                return total;
            }

            DateTime localDay = TimeZoneInfo.ConvertTimeFromUtc(from, Zone).Date;
            DateTime lastDay = TimeZoneInfo.ConvertTimeFromUtc(to, Zone).Date;
            for (; localDay <= lastDay; localDay = localDay.AddDays(1))
            {
                if (WorkingInterval(localDay, out DateTime dayStart, out DateTime dayEnd))
                {
                    DateTime a = dayStart > from ? dayStart : from;
                    DateTime b = dayEnd < to ? dayEnd : to;
                    if (b > a)
                    {
                        total += b - a;
                    }
                }
            }

            return total;
        }

        private bool WorkingInterval(DateTime localDay, out DateTime startUtc, out DateTime endUtc)
        {
            startUtc = default;
            endUtc = default;
            if (holidays.Contains(localDay) || !week.TryGetValue(localDay.DayOfWeek, out WorkingHours? hours))
            {
                return false;
            }

            startUtc = ToUtc(localDay + hours!.Start);
            endUtc = ToUtc(localDay + hours.End);
            return endUtc > startUtc;
        }

        private DateTime ToUtc(DateTime local)
        {
            DateTime unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            while (Zone.IsInvalidTime(unspecified))
            {
                unspecified = unspecified.AddMinutes(15);
            }

            return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
        }
    }
}
