using System;
using System.Collections.Generic;
using System.Globalization;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Sla;

namespace FunnelCrm.Crm.Configuration;

/// <summary>Reads working hours written like "Mon-Fri 08:00-17:00" (several groups separated by ';').</summary>
public static class WorkingHoursText
{
    private static readonly string[] Days = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

    /// <summary>The calendar the text describes, in the zone given; empty text means Monday to Friday 09:00-17:00.</summary>
    public static BusinessCalendar Parse(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BusinessCalendar.Weekdays(zone, TimeSpan.FromHours(9), TimeSpan.FromHours(17));
        }

        var hours = new List<WorkingHours>();
        foreach (var group in text!.Split(';'))
        {
            var parts = group.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var times = parts.Length == 2 ? parts[1].Split('-') : new string[0];
            var dayRange = parts.Length == 2 ? parts[0].Split('-') : new string[0];
            if (times.Length != 2 || dayRange.Length < 1 || dayRange.Length > 2
                || !TimeSpan.TryParseExact(times[0], "hh\\:mm", CultureInfo.InvariantCulture, out var start)
                || !TimeSpan.TryParseExact(times[1], "hh\\:mm", CultureInfo.InvariantCulture, out var end)
                || end <= start)
            {
                throw Invalid(text);
            }

            var first = Array.IndexOf(Days, dayRange[0].ToLowerInvariant());
            var last = Array.IndexOf(Days, dayRange[dayRange.Length - 1].ToLowerInvariant());
            if (first < 0 || last < 0)
            {
                throw Invalid(text);
            }

            for (var day = first; ; day = (day + 1) % 7)
            {
                hours.Add(new WorkingHours((DayOfWeek)day, start, end));
                if (day == last)
                {
                    break;
                }
            }
        }

        return new BusinessCalendar(zone, hours);
    }

    private static ScoringModelException Invalid(string text) =>
        new ScoringModelException(new[] { "Field 'fcm_workinghours' must read like 'Mon-Fri 08:00-17:00' (found '" + text + "')." });
}
