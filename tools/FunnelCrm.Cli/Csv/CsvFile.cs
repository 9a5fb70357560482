using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// Streams a CSV file with a header row, one record at a time (RFC 4180 quoting within one line); errors name the file,
/// line and column; a row with an unclosed quote is refused when it is read. Column names are matched case-insensitively; columns the caller does not ask for are ignored.
/// </summary>
public sealed class CsvFile
{
    private const int ProgressEvery = 16384;

    private readonly string path;
    private readonly string[] header;

    private CsvFile(string path, string[] header)
    {
        this.path = path;
        this.header = header;
    }

    /// <summary>Opens the file and reads its header, refusing a missing file or a header without the required columns.</summary>
    public static CsvFile Open(string path, params string[] required)
    {
        if (!File.Exists(path))
        {
            throw new CliException(path + ": file not found.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = reader.ReadLine();
        if (first == null)
        {
            throw new CliException(path + ": the file is empty; expected a header with " + string.Join(",", required) + ".");
        }

        var header = (Split(first) ?? throw new CliException(path + ", line 1: a quoted field of the header is not closed."))
            .Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = required.Where(r => !header.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new CliException(path + ", line 1: the header lacks " + string.Join(", ", missing) + " (found " + string.Join(",", header) + ").");
        }

        return new CsvFile(path, header);
    }

    /// <summary>The file's path.</summary>
    public string Path => path;

    /// <summary>Whether the header has the column.</summary>
    public bool Has(string column) => Array.IndexOf(header, column) >= 0;

    /// <summary>The records after the header, streamed; <paramref name="progress"/> hears the share of the file read now and then.</summary>
    public IEnumerable<CsvRecord> Records(Action<double>? progress = null)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        reader.ReadLine();
        var length = Math.Max(1, reader.BaseStream.Length);
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (progress != null && lineNumber % ProgressEvery == 0)
            {
                progress((double)reader.BaseStream.Position / length);
            }

            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            yield return fields == null
                ? new CsvRecord(path, lineNumber, header, null, "a quoted field is not closed (fields may not span lines)")
                : new CsvRecord(path, lineNumber, header, fields, null);
        }
    }

    private static string[]? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
