using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FunnelCrm.Cli.Csv;

namespace FunnelCrm.Cli.Formats;

/// <summary>
/// The culture a user types numbers and dates in and reads figures in: <c>invariant</c> (the default: a decimal point,
/// no digit grouping, ISO 8601 dates) or <c>de-DE</c> (1.000.000,50, also dd.MM.yyyy and dd.MM.yyyy HH:mm). Numbers
/// are read strictly: a number that would mean something else in the other culture is refused, never guessed.
/// </summary>
public sealed class UserCulture
{
    /// <summary>The environment variable that sets the culture when --culture is not given.</summary>
    public const string EnvironmentVariable = "FUNNELCRM_CULTURE";

    private readonly Regex number;
    private readonly string[] dateFormats;

    private UserCulture(string name, string decimalSeparator, string groupSeparator, Regex number, char listSeparator, string[] dateFormats, string dateExamples)
    {
        Name = name;
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberDecimalSeparator = decimalSeparator;
        format.NumberGroupSeparator = groupSeparator;
        Format = NumberFormatInfo.ReadOnly(format);
        this.number = number;
        ListSeparator = listSeparator;
        this.dateFormats = dateFormats;
        DateExamples = dateExamples;
    }

    /// <summary>Decimal point, no grouping, ISO 8601 dates only.</summary>
    public static UserCulture Invariant { get; } = new UserCulture("invariant", ".", ",", new Regex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant),
        ',', Array.Empty<string>(), IsoDate.Examples);

    /// <summary>German (Germany): decimal comma, dots grouping thousands, dd.MM.yyyy dates as well as ISO 8601.</summary>
    public static UserCulture German { get; } = new UserCulture("de-DE", ",", ".", new Regex(@"^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$", RegexOptions.CultureInvariant),
        ';', new[] { "dd.MM.yyyy", "dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss" }, IsoDate.Examples + ", 02.03.2026 or 02.03.2026 09:30");

    /// <summary>The names --culture accepts.</summary>
    public static string Names => Invariant.Name + " or " + German.Name;

    /// <summary>invariant or de-DE.</summary>
    public string Name { get; }

    /// <summary>How figures are written (decimal and group separators).</summary>
    public NumberFormatInfo Format { get; }

    /// <summary>What separates the values of a list option such as --thresholds (',' invariant, ';' de-DE).</summary>
    public char ListSeparator { get; }

    /// <summary>Examples of the dates this culture reads, for messages.</summary>
    public string DateExamples { get; }

    /// <summary>The culture of a name (case-insensitive), or null when it is not supported.</summary>
    public static UserCulture? Find(string name) =>
        new[] { Invariant, German }.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a number; on failure <paramref name="problem"/> says why (e.g. a decimal comma in the invariant culture).</summary>
    public bool TryParseNumber(string text, out decimal value, out string problem)
    {
        value = 0;
        var trimmed = text.Trim();
        if (number.IsMatch(trimmed) && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Format, out value))
        {
            problem = "";
            return true;
        }

        problem = number.IsMatch(trimmed) ? "is too large"
            : this == Invariant && trimmed.Contains(',') ? "has a comma: write a decimal point (1234.5), or pass --culture de-DE if the comma is a decimal comma"
            : this == German && trimmed.Contains('.') && !trimmed.Contains(',') && Invariant.number.IsMatch(trimmed) ? "is not a de-DE number: a dot groups thousands (1.500), a comma marks decimals (1,5)"
            : "is not a number (e.g. " + (-1234.5m).ToString("0.##", Format) + ")";
        return false;
    }

    /// <summary>Reads a date or date-time as UTC: ISO 8601 always, the culture's own forms too; years 1900 to 2200.</summary>
    public DateReading TryParseDate(ReadOnlySpan<char> text, out DateTime utc)
    {
        if (!IsoDate.TryParse(text, out utc) && !TryParseOwnDate(text.Trim(), out utc))
        {
            return DateReading.NotADate;
        }

        return IsoDate.InRange(utc) ? DateReading.Read : DateReading.OutOfRange;
    }

    private bool TryParseOwnDate(ReadOnlySpan<char> text, out DateTime utc)
    {
        if (dateFormats.Length > 0 && DateTime.TryParseExact(text, dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc))
        {
            utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
            return true;
        }

        utc = default;
        return false;
    }
}
