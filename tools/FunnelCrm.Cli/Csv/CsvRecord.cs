using System;
using System.Globalization;

namespace FunnelCrm.Cli.Csv;

/// <summary>One CSV record; typed accessors refuse bad values naming file, line and column.</summary>
public sealed class CsvRecord
{
    private readonly string path;
    private readonly string[] header;
    private readonly string[]? fields;
    private readonly string? malformed;

    internal CsvRecord(string path, int line, string[] header, string[]? fields, string? malformed)
    {
        this.path = path;
        this.header = header;
        this.fields = fields;
        this.malformed = malformed;
        Line = line;
    }

    /// <summary>The line number in the file.</summary>
    public int Line { get; }

    /// <summary>The trimmed text of a column, or null when the column is absent or the field empty.</summary>
    public string? Text(string column)
    {
        if (fields == null)
        {
            throw new CsvRowException(path + ", line " + Line + ": " + malformed + ".", "malformed row");
        }

        var index = Array.IndexOf(header, column);
        if (index < 0 || index >= fields.Length)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The text of a required column.</summary>
    public string Required(string column) => Text(column) ?? throw Error(column, "is empty", "empty " + column);

    /// <summary>A required ISO 8601 date or date-time, with or without offset (UTC when none), as UTC.</summary>
    public DateTime Date(string column)
    {
        var text = Required(column);
        return IsoDate.TryParse(text, out var value)
            ? value
            : throw Error(column, "'" + text + "' is not an ISO 8601 date (" + IsoDate.Examples + ")", "bad date");
    }

    /// <summary>An optional number (invariant culture), null when empty.</summary>
    public decimal? Number(string column)
    {
        var text = Text(column);
        if (text == null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, "'" + text + "' is not a number", "bad number");
    }

    /// <summary>An optional yes/no (true/false, yes/no, 1/0), null when empty.</summary>
    public bool? YesNo(string column)
    {
        switch (Text(column)?.ToLowerInvariant())
        {
            case null: return null;
            case "true": case "yes": case "1": return true;
            case "false": case "no": case "0": return false;
            default: throw Error(column, "'" + Text(column) + "' is not yes/no (true, false, yes, no, 1, 0)", "bad yes/no");
        }
    }

    /// <summary>A refusal naming file, line and column; <paramref name="reason"/> is what <c>--skip-invalid</c> counts.</summary>
    public CsvRowException Error(string column, string problem, string reason)
    {
        var index = Array.IndexOf(header, column);
        return new CsvRowException(path + ", line " + Line + ", column " + (index + 1) + " (" + column + "): " + problem + ".", reason);
    }
}
