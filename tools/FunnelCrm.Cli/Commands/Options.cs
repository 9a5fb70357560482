using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Cli.Output;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;

namespace FunnelCrm.Cli.Commands;

/// <summary>Option parsing shared by the commands: every refusal one line naming the option and what to give instead.</summary>
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

    /// <summary>The --lang option: the language of the HTML report.</summary>
    public static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "Language of the HTML report: en or de (de also writes figures in de-DE unless --culture or " + UserCulture.EnvironmentVariable + " says otherwise).",
        DefaultValueFactory = _ => "en",
    }.AcceptOnlyFromAmong("en", "de");

    /// <summary>
    /// The culture figures are written in: --culture or its environment variable when given, else the language's own
    /// (de-DE for German, invariant for English).
    /// </summary>
    public static UserCulture FiguresCulture(ParseResult parsed, Option<UserCulture> culture, ReportLanguage language, Func<string, string?> environment) =>
        parsed.GetResult(culture) is { Implicit: false } || !string.IsNullOrWhiteSpace(environment(UserCulture.EnvironmentVariable)) || language != ReportLanguage.German
            ? parsed.GetValue(culture)!
            : UserCulture.German;

    /// <summary>The --out option of a command that writes one file.</summary>
    public static Option<string?> Out(string description = "Write to this file instead of the console (a missing folder is created).") =>
        new Option<string?>("--out") { Description = description };

    /// <summary>A whole-number option between <paramref name="minimum"/> and <paramref name="maximum"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, int minimum, int maximum, int defaultValue) => new Option<int>(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseWhole(result, name, minimum, maximum) ?? defaultValue,
    };

    /// <summary>An optional whole-number option between <paramref name="minimum"/> and <paramref name="maximum"/>.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description, int minimum, int maximum) => new Option<int?>(name)
    {
        Description = description,
        CustomParser = result => ParseWhole(result, name, minimum, maximum),
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
            throw new CliException("--time-zone: " + Shown.Quoted(value) + " is not a known time zone (e.g. UTC, Europe/Berlin, W. Europe Standard Time or 110).");
        }
    }

    /// <summary>An optional date option value as UTC, in the user's culture, in the years FunnelCrm accepts.</summary>
    public static DateTime? Date(string? value, string option, UserCulture culture)
    {
        if (value == null)
        {
            return null;
        }

        return culture.TryParseDate(value, out var parsed) switch
        {
            DateReading.Read => parsed,
            DateReading.OutOfRange => throw new CliException(option + ": " + Shown.Quoted(value) + " is outside the years " + IsoDate.FirstYear + " to " + IsoDate.LastYear + "."),
            _ => throw new CliException(option + ": " + Shown.Quoted(value) + " is not a date (" + culture.DateExamples
                + (culture == UserCulture.Invariant && value.Contains('.') ? "; pass --culture de-DE for 02.03.2026" : "") + ")."),
        };
    }

    /// <summary>An optional amount option value (a number greater than 0) in the user's culture.</summary>
    public static decimal? Amount(string? value, string option, UserCulture culture)
    {
        if (value == null)
        {
            return null;
        }

        if (!culture.TryParseNumber(value, out var amount, out var problem))
        {
            throw new CliException(option + ": " + Shown.Quoted(value) + " " + problem + ".");
        }

        return amount > 0 ? amount : throw new CliException(option + " must be greater than 0 (found " + Shown.Quoted(value) + ").");
    }

    private static int? ParseWhole(ArgumentResult result, string name, int minimum, int maximum)
    {
        var token = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError(name + ": " + Shown.Quoted(token) + " is not a whole number (e.g. " + name + " " + Math.Max(minimum, Math.Min(maximum, 10)) + ").");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError(name + " must be " + (maximum == int.MaxValue ? minimum + " or more" : "between " + minimum + " and " + maximum) + " (found " + value + ").");
            return null;
        }

        return (int)value;
    }
}
