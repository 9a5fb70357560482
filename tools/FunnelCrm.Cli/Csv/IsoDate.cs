using System;
using System.Globalization;

namespace FunnelCrm.Cli.Csv;

/// <summary>ISO 8601 dates and date-times, with or without an offset (UTC when none), read as UTC.</summary>
public static class IsoDate
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    };

    /// <summary>An example of the accepted forms, for error messages.</summary>
    public const string Examples = "e.g. 2026-03-02, 2026-03-02T09:30:00 or 2026-03-02T09:30:00+01:00";

    /// <summary>Parses <paramref name="text"/>; false when it is not one of the ISO 8601 forms.</summary>
    public static bool TryParse(string text, out DateTime utc)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            utc = value.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

    /// <summary>The instant as ISO 8601 UTC text (2026-03-02T09:30:00Z).</summary>
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
