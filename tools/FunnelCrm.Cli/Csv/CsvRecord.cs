using System;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Csv;

/// <summary>One CSV record; typed accessors refuse bad values naming file, line and column.</summary>
public sealed class CsvRecord
{
    private readonly CsvFile file;
    private readonly string?[]? values;
    private readonly string? malformed;

    internal CsvRecord(CsvFile file, int line, string?[]? values, string? malformed)
    {
        this.file = file;
        this.values = values;
        this.malformed = malformed;
        Line = line;
    }

    /// <summary>The line number in the file (the first, for a record whose quoted field spans lines).</summary>
    public int Line { get; }

    /// <summary>The trimmed text of a column, or null when the column is absent or the field empty.</summary>
    public string? Text(string column)
    {
        var index = file.Column(column);
        if (values == null)
        {
            throw file.Malformed(Line, malformed!);
        }

        return values[index];
    }

    /// <summary>The text of a required column.</summary>
    public string Required(string column) => Text(column) ?? throw file.Empty(Line, file.Column(column));

    /// <summary>A required date or date-time (ISO 8601, with or without offset, UTC when none; the culture's own forms too) as UTC.</summary>
    public DateTime Date(string column) => file.Date(Line, file.Column(column), Required(column));

    /// <summary>An optional number in the file's culture, null when empty.</summary>
    public decimal? Number(string column)
    {
        var text = Text(column);
        if (text == null)
        {
            return null;
        }

        return file.Culture.TryParseNumber(text, out var value, out var problem)
            ? value
            : throw Error(column, Shown.Quoted(text) + " " + problem, "bad number");
    }

    /// <summary>An optional whole number in the file's culture (no decimal separator at all), null when empty.</summary>
    public decimal? WholeNumber(string column)
    {
        var value = Number(column);
        var text = Text(column);
        if (value == null || !text!.Contains(file.Culture.Format.NumberDecimalSeparator, StringComparison.Ordinal))
        {
            return value;
        }

        throw Error(column, Shown.Quoted(text) + " is not a whole number" + (file.Culture == UserCulture.Invariant ? " (if the dot groups thousands, pass --culture de-DE)" : ""), "bad number");
    }

    /// <summary>An optional yes/no (true/false, yes/no, 1/0), null when empty.</summary>
    public bool? YesNo(string column)
    {
        switch (Text(column)?.ToLowerInvariant())
        {
            case null: return null;
            case "true": case "yes": case "1": return true;
            case "false": case "no": case "0": return false;
            default: throw Error(column, Shown.Quoted(Text(column)!) + " is not yes/no (true, false, yes, no, 1, 0)", "bad yes/no");
        }
    }

    /// <summary>A refusal naming file, line and column; <paramref name="reason"/> is what <c>--skip-invalid</c> counts.</summary>
    public CsvRowException Error(string column, string problem, string reason) => file.RowError(Line, file.Column(column), problem, reason);
}
