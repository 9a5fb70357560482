using System;
using System.Globalization;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query.Aggregation;

/// <summary>
/// The part of a date a grouped aggregate returns, as Dataverse returns it: the day of the month (1-31), the week of the
/// year (SQL's DATEPART(week): week 1 holds January 1, weeks start on Sunday), the month (1-12), the quarter (1-4), the year;
/// fiscal periods and years under the organization's default fiscal settings (the fiscal year starts on January 1, is named
/// after the year it starts in, and has quarters), with the formatted values "Quarter 1 FY2023" and "FY2023". Months,
/// weeks and quarters of different years fall into one group unless the query also groups by year.
/// </summary>
internal static class DateParts
{
    public static int Of(DateTime date, XrmDateTimeGrouping grouping) => grouping switch
    {
        XrmDateTimeGrouping.Day => date.Day,
        XrmDateTimeGrouping.Week => (date.DayOfYear - 1 + (int)new DateTime(date.Year, 1, 1).DayOfWeek) / 7 + 1,
        XrmDateTimeGrouping.Month => date.Month,
        XrmDateTimeGrouping.Quarter or XrmDateTimeGrouping.FiscalPeriod => (date.Month - 1) / 3 + 1,
        XrmDateTimeGrouping.Year or XrmDateTimeGrouping.FiscalYear => date.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Not a date grouping."),
    };

    /// <summary>The formatted value of a fiscal part (null for the calendar parts, which format as numbers).</summary>
    public static string? FiscalLabel(DateTime date, XrmDateTimeGrouping grouping) => grouping switch
    {
        XrmDateTimeGrouping.FiscalPeriod => "Quarter " + Of(date, grouping).ToString(CultureInfo.InvariantCulture) + " FY" + date.Year.ToString(CultureInfo.InvariantCulture),
        XrmDateTimeGrouping.FiscalYear => "FY" + date.Year.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
