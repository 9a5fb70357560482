using System;
using System.Globalization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Parsing, start, end and compact keys of <see cref="CalendarWindow"/> windows.</summary>
    public static class CalendarWindows
    {
        /// <summary>Parses "day", "week" or "month".</summary>
        public static bool TryParse(string? text, out CalendarWindow window)
        {
            switch (text)
            {
                case "day": window = CalendarWindow.Day; return true;
                case "week": window = CalendarWindow.Week; return true;
                case "month": window = CalendarWindow.Month; return true;
                default: window = CalendarWindow.Day; return false;
            }
        }

        /// <summary>The start (UTC) of the window holding <paramref name="utc"/>.</summary>
        public static DateTime StartOf(CalendarWindow window, DateTime utc)
        {
            switch (window)
            {
                case CalendarWindow.Week: return DateTime.SpecifyKind(Times.IsoWeekStart(utc), DateTimeKind.Utc);
                case CalendarWindow.Month: return new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                default: return DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);
            }
        }

        /// <summary>The end (exclusive, UTC) of the window that starts at <paramref name="start"/>.</summary>
        public static DateTime EndOf(CalendarWindow window, DateTime start)
        {
            switch (window)
            {
                case CalendarWindow.Week: return start.AddDays(7);
                case CalendarWindow.Month: return start.AddMonths(1);
                default: return start.AddDays(1);
            }
        }

        /// <summary>The compact key of a window start: D20261122, W20261116 (the Monday) or M202611.</summary>
        public static string Key(CalendarWindow window, DateTime start)
        {
            bool month = window == CalendarWindow.Month;
            var key = new char[month ? 7 : 9];
            key[0] = window == CalendarWindow.Week ? 'W' : month ? 'M' : 'D';
            Digits(key, 1, start.Year, 4);
            Digits(key, 5, start.Month, 2);
            if (!month)
            {
                Digits(key, 7, start.Day, 2);
            }

            return new string(key);
        }

        /// <summary>Parses a key written by <see cref="Key"/>.</summary>
        public static bool TryParseKey(string key, out CalendarWindow window, out DateTime start)
        {
            window = CalendarWindow.Day;
            start = default;
            if (key.Length < 2)
            {
                return false;
            }

            string format;
            switch (key[0])
            {
                case 'D': window = CalendarWindow.Day; format = "yyyyMMdd"; break;
                case 'W': window = CalendarWindow.Week; format = "yyyyMMdd"; break;
                case 'M': window = CalendarWindow.Month; format = "yyyyMM"; break;
                default: return false;
            }

            return DateTime.TryParseExact(key.Substring(1), format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out start);
        }

        private static void Digits(char[] target, int at, int value, int width)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                target[at + i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
