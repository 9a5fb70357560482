using System;
using System.Globalization;

namespace FunnelCrm.Cli.Csv;

/// <summary>One CSV record; typed accessors refuse bad values naming file, line and column.</summary>
public sealed class CsvRecord
{
    private readonly string path;
    private readonly string[] header;
    private readonly string[] fields;

    internal CsvRecord(string path, int line, string[] header, string[] fields)
    {
        this.path = path;
        this.header = header;
        this.fields = fields;
        Line = line;
    }

    /// <summary>The line number in the file.</summary>
    public int Line { get; }

    /// <summary>The trimmed text of a column, or null when the column is absent or the field empty.</summary>
    public string? Text(string column)
    {
        var index = Array.IndexOf(header, column);
        if (index < 0 || index >= fields.Length)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The text of a required column.</summary>
    public string Required(string column) => Text(column) ?? throw Error(column, "is empty");

    /// <summary>A required ISO 8601 date or date-time, with or without offset (UTC when none), as UTC.</summary>
    public DateTime Date(string column)
    {
        var text = Required(column);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            && (text.Length >= 10 && text[4] == '-' && text[7] == '-'))
        {
            return value.UtcDateTime;
        }

        throw Error(column, "'" + text + "' is not an ISO 8601 date (e.g. 2026-03-02 or 2026-03-02T09:30:00+01:00)");
    }

    /// <summary>A refusal naming file, line and column.</summary>
    public CliException Error(string column, string problem)
    {
        var index = Array.IndexOf(header, column);
        return new CliException(path + ", line " + Line + ", column " + (index + 1) + " (" + column + "): " + problem + ".");
    }
}
