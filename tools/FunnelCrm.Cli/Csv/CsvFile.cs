using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FunnelCrm.Cli.Formats;
using nietras.SeparatedValues;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// Streams a CSV file with a header row, one record at a time, with Sep: the encoding from a byte order mark, else
/// strict UTF-8 (or --encoding); the delimiter detected from the header (',', ';' or tab) unless --delimiter gives it;
/// RFC 4180 quoting, fields spanning lines included, with a badly quoted row refused when it is read (the lines after
/// its first are read again as rows of their own). Errors name the file, line and column. Column names are matched
/// case-insensitively; only the columns the caller asks for are kept. <see cref="Records"/> gives each record with its
/// fields as strings; <see cref="ReadParts"/> reads large files without a string per field, on every core.
/// </summary>
public sealed partial class CsvFile
{
    private const int ProgressEvery = 16384;
    private const int SniffLength = 8192;
    private const int BufferSize = 1 << 16;

    private readonly CsvInput input;
    private readonly string[] header;
    private readonly string[] columns;
    private readonly int[] positions;
    private readonly char delimiter;

    private CsvFile(string path, CsvInput input, string[] header, string[] columns, char delimiter)
    {
        Path = path;
        this.input = input;
        this.header = header;
        this.columns = columns;
        this.delimiter = delimiter;
        positions = columns.Select(c => Array.IndexOf(header, c)).ToArray();
    }

    /// <summary>The file's path as given.</summary>
    public string Path { get; }

    /// <summary>The culture numbers and dates are read in.</summary>
    public UserCulture Culture => input.Culture;

    /// <summary>
    /// Opens the file and reads its header, refusing a missing file, a folder, a file that is not text, and a header
    /// without the <paramref name="required"/> columns; <paramref name="optional"/> columns are read when present.
    /// </summary>
    public static CsvFile Open(string path, CsvInput input, IReadOnlyList<string> required, IReadOnlyList<string>? optional = null)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(path + ": is a folder, not a file; give the CSV file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException(path + ": file not found.");
        }

        var expected = string.Join(",", required);
        using var stream = OpenStream(path);
        var encoding = TextEncodings.Detect(stream, input.Encoding);
        if (stream.Position == 0 && !(encoding is UnicodeEncoding || encoding is UTF32Encoding) && HoldsNul(stream))
        {
            throw new CliException(path + ": not a text file (it holds NUL bytes); expected CSV text with a header " + expected + ".");
        }

        using var text = new StreamReader(stream, encoding, false, BufferSize);
        using var reader = Reader(path, text, input.Delimiter, encoding);
        if (!Next(path, reader, encoding, 1))
        {
            throw new CliException(path + ": the file is empty; expected a header with " + expected + ".");
        }

        var names = HeaderNames(path, reader.Current, expected);
        var delimiter = input.Delimiter ?? (names.Length == 1 ? ',' : reader.Spec.Sep.Separator);
        var missing = required.Where(r => !names.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new CliException(path + ", line 1: the header lacks " + string.Join(", ", missing) + " (found " + Shown.Safe(string.Join(",", names))
                + "; columns separated by " + DelimiterName(delimiter) + (input.Delimiter == null ? "" : ", as --delimiter says") + ").");
        }

        var columns = required.Concat(optional ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var column in columns)
        {
            if (names.Count(n => n == column) > 1)
            {
                throw new CliException(path + ", line 1: the header names the column " + column + " twice.");
            }
        }

        return new CsvFile(path, input, names, columns, delimiter);
    }

    /// <summary>The words for a delimiter in messages.</summary>
    public static string DelimiterName(char delimiter) => delimiter == '\t' ? "tabs" : "'" + delimiter + "'";

    /// <summary>Whether the header has the column.</summary>
    public bool Has(string column) => Array.IndexOf(header, column) >= 0;

    /// <summary>The records after the header, streamed; <paramref name="progress"/> hears the share of the file read now and then.</summary>
    public IEnumerable<CsvRecord> Records(Action<double>? progress = null)
    {
        using var stream = OpenStream(Path);
        var encoding = TextEncodings.Detect(stream, input.Encoding);
        var length = Math.Max(1, stream.Length);
        using var text = new StreamReader(stream, encoding, false, BufferSize);
        using var reader = Reader(Path, text, delimiter, encoding);
        Next(Path, reader, encoding, 1);
        var rows = 0L;
        foreach (var record in Rows(reader, encoding, 0))
        {
            if (progress != null && ++rows % ProgressEvery == 0)
            {
                progress((double)stream.Position / length);
            }

            yield return record;
        }
    }

    /// <summary>The number of a column among those asked for, as <see cref="CsvRow"/> and <see cref="CsvRecord"/> take it.</summary>
    public int Column(string column)
    {
        var index = Array.IndexOf(columns, column);
        return index >= 0 ? index : throw new InvalidOperationException("The column " + column + " was not asked for when " + Path + " was opened.");
    }

    /// <summary>How many columns were asked for.</summary>
    internal int ColumnCount => columns.Length;

    /// <summary>The 0-based place in the header of a column asked for, or -1 when the header lacks it.</summary>
    internal int HeaderIndex(int column) => positions[column];

    /// <summary>A refusal of a bad value naming file, line and column; <paramref name="reason"/> is what <c>--skip-invalid</c> counts.</summary>
    internal CsvRowException RowError(int line, int column, string problem, string reason) =>
        new CsvRowException(Path + ", line " + line + ", column " + (positions[column] + 1) + " (" + columns[column] + "): " + problem + ".", reason);

    /// <summary>The refusal of an empty required field.</summary>
    internal CsvRowException Empty(int line, int column) => RowError(line, column, "is empty", "empty " + columns[column]);

    /// <summary>The refusal of a row whose quoting is broken.</summary>
    internal CsvRowException Malformed(int line, string problem) => new CsvRowException(Path + ", line " + line + ": " + problem + ".", "malformed row");

    /// <summary>A date or date-time in the file's culture as UTC (ISO 8601 read first, directly from its digits); refused naming the line and column.</summary>
    internal DateTime Date(int line, int column, ReadOnlySpan<char> text) => input.Culture.TryParseDate(text, out var value) switch
    {
        DateReading.Read => value,
        DateReading.OutOfRange => throw RowError(line, column, Shown.Quoted(text.ToString()) + " is outside the years " + IsoDate.FirstYear + " to " + IsoDate.LastYear, "date out of range"),
        _ => throw RowError(line, column, Shown.Quoted(text.ToString()) + " is not a date (" + input.Culture.DateExamples + ")", "bad date"),
    };

    private IEnumerable<CsvRecord> Rows(SepReader reader, Encoding encoding, int lineOffset)
    {
        var line = lineOffset + 2;
        while (Next(Path, reader, encoding, line))
        {
            var record = Record(reader.Current, lineOffset, out var rest);
            line = (record?.Line ?? line) + 1;
            if (record != null)
            {
                yield return record;
            }

            if (rest != null)
            {
                using var again = Reader(Path, new StringReader("\n" + rest), delimiter, encoding);
                Next(Path, again, encoding, 1);
                foreach (var later in Rows(again, encoding, record!.Line - 1))
                {
                    yield return later;
                }
            }
        }
    }

    private CsvRecord? Record(SepReader.Row row, int lineOffset, out string? rest)
    {
        var split = Split(row, lineOffset, out rest);
        return split.IsBlank ? null : split.ToRecord();
    }

    /// <summary>
    /// The row's fields: read in place when it has no quote; otherwise unquoted into strings, or refused as malformed
    /// with <paramref name="rest"/> the lines after its first when it spans lines (they are read again as rows of their
    /// own). Blank lines give a blank row.
    /// </summary>
    private CsvRow Split(SepReader.Row row, int lineOffset, out string? rest)
    {
        rest = null;
        var span = row.Span;
        var quoted = span.IndexOf('"') >= 0;
        var breaks = quoted ? LineBreaks(span) : 0;
        var line = lineOffset + row.LineNumberToExcl - 1 - breaks;
        if (span.IsEmpty)
        {
            return default;
        }

        if (!quoted)
        {
            return new CsvRow(this, line, row);
        }

        var all = new string?[row.ColCount];
        for (var c = 0; c < row.ColCount; c++)
        {
            if (!CsvField.TryRead(row[c].Span, out all[c], out var problem))
            {
                if (breaks > 0)
                {
                    rest = AfterFirstLine(span);
                }

                return new CsvRow(this, line, null, problem);
            }
        }

        var values = new string?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            values[i] = positions[i] >= 0 && positions[i] < all.Length ? all[positions[i]] : null;
        }

        return new CsvRow(this, line, values, null);
    }

    /// <summary>
    /// The line breaks inside a row with quotes: its first line is that many lines before its last. (Sep's line after
    /// the row is exact, but its first line is not for the first row of a batch read in parallel.)
    /// </summary>
    private static int LineBreaks(ReadOnlySpan<char> span)
    {
        var breaks = 0;
        for (var at = span.IndexOfAny('\r', '\n'); at >= 0; at = span.IndexOfAny('\r', '\n'))
        {
            breaks++;
            var after = at + (span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? 2 : 1);
            span = span.Slice(after);
        }

        return breaks;
    }

    private static string AfterFirstLine(ReadOnlySpan<char> span)
    {
        var end = span.IndexOfAny('\r', '\n');
        var next = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
        return span.Slice(next).ToString();
    }

    private static string[] HeaderNames(string path, SepReader.Row row, string expected)
    {
        var names = new string[row.ColCount];
        for (var c = 0; c < row.ColCount; c++)
        {
            if (!CsvField.TryRead(row[c].Span, out var name, out var problem))
            {
                throw new CliException(path + ", line 1: the header is not valid CSV: " + problem + ".");
            }

            if (name != null && Shown.HasJunk(name))
            {
                throw new CliException(path + ", line 1: the first line is not a CSV header (it holds control characters); expected a header with " + expected + ".");
            }

            names[c] = (name ?? "").ToLowerInvariant();
        }

        return names;
    }

    private static SepReader Reader(string path, TextReader text, char? delimiter, Encoding encoding)
    {
        try
        {
            return Sep.Reader(o => o with { Sep = delimiter is char d ? new Sep(d) : null, HasHeader = false, DisableColCountCheck = true }).From(text);
        }
        catch (Exception failure) when (Refusal(path, encoding, 1, failure) is CliException refusal)
        {
            throw refusal;
        }
    }

    private static bool Next(string path, SepReader reader, Encoding encoding, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (Exception failure) when (Refusal(path, encoding, line, failure) is CliException refusal)
        {
            throw refusal;
        }
    }

    /// <summary>The refusal for a failure while decoding or splitting text near <paramref name="line"/>, or null when it is not one.</summary>
    private static CliException? Refusal(string path, Encoding encoding, int line, Exception failure) => failure switch
    {
        DecoderFallbackException _ when TextEncodings.IsUtf8(encoding) => new CliException(path + ", line " + (TextEncodings.FirstInvalidUtf8Line(path) ?? line)
            + ": not valid UTF-8 text; if the file comes from Excel or another Windows program, pass --encoding windows-1252."),
        DecoderFallbackException _ => new CliException(path + ": not valid " + encoding.WebName + " text."),
        NotSupportedException _ => new CliException(path + ", line " + line + ": a row longer than 16 million characters; is a quote not closed, or is this not a CSV file?"),
        IOException io => new CliException(path + ": could not be read (" + FileErrors.Reason(io) + ")."),
        _ => null,
    };

    private static FileStream OpenStream(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(path + ": could not be read (" + FileErrors.Reason(failure) + ").");
        }
    }

    private static bool HoldsNul(Stream stream)
    {
        var start = new byte[SniffLength];
        var read = 0;
        int count;
        while (read < start.Length && (count = stream.Read(start, read, start.Length - read)) > 0)
        {
            read += count;
        }

        stream.Position = 0;
        return Array.IndexOf(start, (byte)0, 0, read) >= 0;
    }
}
