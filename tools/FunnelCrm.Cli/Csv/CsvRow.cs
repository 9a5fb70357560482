using System;
using nietras.SeparatedValues;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// One record as spans over the reader's buffer, for reading without a string per field; it lives only during the call
/// that receives it. A row without quotes is read in place; a quoted row's fields were unquoted into strings first.
/// Columns are the numbers <see cref="CsvFile.Column"/> gives. Typed accessors refuse bad values naming file, line and
/// column, in the words of <see cref="CsvRecord"/>.
/// </summary>
public readonly ref struct CsvRow
{
    private readonly CsvFile file;
    private readonly SepReader.Row row;
    private readonly string?[]? values;
    private readonly string? malformed;

    internal CsvRow(CsvFile file, int line, SepReader.Row row)
    {
        this.file = file;
        this.row = row;
        values = null;
        malformed = null;
        Line = line;
    }

    internal CsvRow(CsvFile file, int line, string?[]? values, string? malformed)
    {
        this.file = file;
        row = default;
        this.values = values;
        this.malformed = malformed;
        Line = line;
    }

    /// <summary>The line number in the file (the first, for a record whose quoted field spans lines).</summary>
    public int Line { get; }

    /// <summary>Whether this is no record at all (a blank line).</summary>
    internal bool IsBlank => file == null;

    /// <summary>The trimmed text of a column, empty when the column is absent or the field empty.</summary>
    public ReadOnlySpan<char> Text(int column)
    {
        if (values != null)
        {
            return values[column];
        }

        if (malformed != null)
        {
            throw file.Malformed(Line, malformed);
        }

        var at = file.HeaderIndex(column);
        return at >= 0 && at < row.ColCount ? row[at].Span.Trim() : default;
    }

    /// <summary>The text of a required column.</summary>
    public ReadOnlySpan<char> Required(int column)
    {
        var text = Text(column);
        return text.IsEmpty ? throw file.Empty(Line, column) : text;
    }

    /// <summary>A required date or date-time as UTC (see <see cref="CsvRecord.Date"/>).</summary>
    public DateTime Date(int column) => file.Date(Line, column, Required(column));

    /// <summary>A refusal naming file, line and column; <paramref name="reason"/> is what <c>--skip-invalid</c> counts.</summary>
    public CsvRowException Error(int column, string problem, string reason) => file.RowError(Line, column, problem, reason);

    /// <summary>The record with its fields as strings.</summary>
    internal CsvRecord ToRecord()
    {
        if (values != null || malformed != null)
        {
            return new CsvRecord(file, Line, values, malformed);
        }

        var strings = new string?[file.ColumnCount];
        for (var i = 0; i < strings.Length; i++)
        {
            var text = Text(i);
            strings[i] = text.IsEmpty ? null : text.ToString();
        }

        return new CsvRecord(file, Line, strings, null);
    }
}
