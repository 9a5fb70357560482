using System;
using System.Globalization;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// ISO 8601 dates and date-times, with or without an offset (UTC when none), read as UTC. The common forms
/// (2026-03-02, 2026-03-02T09:30, 2026-03-02T09:30:00 and those with Z) are read directly from their digits; the rest
/// (fractions of a second, offsets) through the framework's exact parsing.
/// </summary>
public static class IsoDate
{
    /// <summary>The first year FunnelCrm accepts in a date.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year FunnelCrm accepts in a date.</summary>
    public const int LastYear = 2200;

    /// <summary>An example of the accepted forms, for error messages.</summary>
    public const string Examples = "e.g. 2026-03-02, 2026-03-02T09:30:00 or 2026-03-02T09:30:00+01:00";

    private static readonly string[] Formats =
    {
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    };

    /// <summary>Parses <paramref name="text"/> (surrounding blanks ignored); false when it is not one of the ISO 8601 forms.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc)
    {
        var span = text.Trim();
        if (TryParseCommon(span, out utc))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(span, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            utc = value.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

    /// <summary>Whether the instant lies in the years FunnelCrm accepts (1900 to 2200).</summary>
    public static bool InRange(DateTime utc) => utc.Year >= FirstYear && utc.Year <= LastYear;

    /// <summary>The instant as ISO 8601 UTC text (2026-03-02T09:30:00Z).</summary>
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day as ISO 8601 text (2026-03-02).</summary>
    public static string Day(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryParseCommon(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        if (text.Length > 0 && text[text.Length - 1] == 'Z')
        {
            text = text.Slice(0, text.Length - 1);
            if (text.Length == 10)
            {
                return false;
            }
        }

        if (text.Length != 10 && text.Length != 16 && text.Length != 19)
        {
            return false;
        }

        if (text[4] != '-' || text[7] != '-' || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (text.Length > 10 && ((text[10] != 'T' && text[10] != ' ') || text[13] != ':' || !Digits(text, 11, 2, out hour) || !Digits(text, 14, 2, out minute) || hour > 23 || minute > 59))
        {
            return false;
        }

        if (text.Length == 19 && (text[16] != ':' || !Digits(text, 17, 2, out second) || second > 59))
        {
            return false;
        }

        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }
}
