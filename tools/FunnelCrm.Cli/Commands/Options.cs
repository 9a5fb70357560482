using System;
using System.CommandLine;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;

namespace FunnelCrm.Cli.Commands;

/// <summary>Option parsing shared by the commands.</summary>
public static class Options
{
    /// <summary>The --period option.</summary>
    public static Option<string> Period() => new Option<string>("--period")
    {
        Description = "Period of the figures: day, week, month or quarter.",
        DefaultValueFactory = _ => "month",
    }.AcceptOnlyFromAmong("day", "week", "month", "quarter");

    /// <summary>The --time-zone option.</summary>
    public static Option<string> TimeZone() => new Option<string>("--time-zone")
    {
        Description = "Time zone the periods are cut in: a Windows or IANA id, or a Dataverse time zone code (default UTC).",
        DefaultValueFactory = _ => "UTC",
    };

    /// <summary>The period kind of a --period value.</summary>
    public static PeriodKind PeriodKindOf(string value) => (PeriodKind)Enum.Parse(typeof(PeriodKind), value, ignoreCase: true);

    /// <summary>The zone of a --time-zone value, refused with a clear line when unknown.</summary>
    public static TimeZoneInfo Zone(string value)
    {
        try
        {
            return FunnelTimeZones.Find(value);
        }
        catch (Exception unknown) when (unknown is TimeZoneNotFoundException || unknown is ArgumentException || unknown is InvalidTimeZoneException)
        {
            throw new CliException("--time-zone: '" + value + "' is not a known time zone.");
        }
    }

    /// <summary>An optional date option value as UTC.</summary>
    public static DateTime? Date(string? value, string option)
    {
        if (value == null)
        {
            return null;
        }

        return IsoDate.TryParse(value, out var parsed)
            ? parsed
            : throw new CliException(option + ": '" + value + "' is not an ISO 8601 date (" + IsoDate.Examples + ").");
    }
}
