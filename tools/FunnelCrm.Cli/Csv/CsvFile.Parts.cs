using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using nietras.SeparatedValues;

namespace FunnelCrm.Cli.Csv;

/// <summary>Reads a file's records into parts without a string per field, on every core.</summary>
public sealed partial class CsvFile
{
    /// <summary>
    /// Reads every record with <paramref name="read"/> into parts that <paramref name="newPart"/> makes, one per thread
    /// that reads: with <see cref="CsvInput.Threads"/> above 1, Sep splits the file into batches of rows that are read
    /// on that many threads at once, so rows of one lead may land in different parts, which the caller merges (the
    /// order of rows within and across parts is not the file's). Bad rows behave as with <see cref="Records"/>: a
    /// <see cref="CsvRowException"/> from <paramref name="read"/>, or a malformed row, stops the read with the first one
    /// in file order, or with <paramref name="skipInvalid"/> is counted in the skip log and passed over. A failure of
    /// the file itself (bytes that are not text in its encoding, a row too long) is refused as the one-thread read
    /// refuses it: the file is then read again on one thread, which names the line. There is always at least one part.
    /// </summary>
    public (IReadOnlyList<TPart> Parts, SkipLog Skips) ReadParts<TPart>(Func<TPart> newPart, CsvRowReader<TPart> read, bool skipInvalid, Action<double>? progress = null)
        where TPart : class
    {
        if (input.Threads > 1)
        {
            try
            {
                return ReadParallel(newPart, read, skipInvalid, progress);
            }
            catch (AggregateException)
            {
                progress?.Invoke(0);
            }
        }

        var part = newPart();
        var skips = new SkipLog(Path);
        using var stream = new CountingStream(OpenStream(Path));
        var encoding = TextEncodings.Detect(stream, input.Encoding);
        using var text = new StreamReader(stream, encoding, false, BufferSize);
        using var reader = Reader(Path, text, delimiter, encoding);
        Next(Path, reader, encoding, 1);
        var rows = 0L;
        Func<TPart> partHere = () => part;
        ReadRows(reader, encoding, 0, row =>
        {
            var outcome = Parse(part, read, row, 0);
            Take(outcome, skips, skipInvalid, partHere, read, encoding);
            if (progress != null && outcome.IsRecord && ++rows % ProgressEvery == 0)
            {
                progress(stream.Share);
            }

            return outcome;
        });
        return (new[] { part }, skips);
    }

    private (IReadOnlyList<TPart> Parts, SkipLog Skips) ReadParallel<TPart>(Func<TPart> newPart, CsvRowReader<TPart> read, bool skipInvalid, Action<double>? progress)
        where TPart : class
    {
        using var parts = new ThreadLocal<TPart>(newPart, trackAllValues: true);
        var skips = new SkipLog(Path);
        using var stream = new CountingStream(OpenStream(Path));
        var encoding = TextEncodings.Detect(stream, input.Encoding);
        using var text = new StreamReader(stream, encoding, false, BufferSize);
        using var reader = Reader(Path, text, delimiter, encoding);
        Next(Path, reader, encoding, 1);
        var rows = 0L;
        Func<TPart> partHere = () => parts.Value!;
        foreach (var outcome in reader.ParallelEnumerate(row => Parse(parts.Value!, read, row, 0), input.Threads))
        {
            Take(outcome, skips, skipInvalid, partHere, read, encoding);
            if (progress != null && outcome.IsRecord && ++rows % ProgressEvery == 0)
            {
                progress(stream.Share);
            }
        }

        var filled = parts.Values;
        return (filled.Count == 0 ? new[] { newPart() } : filled.ToArray(), skips);
    }

    /// <summary>Reads one row into the part (on any thread); what became of it is taken in file order by <see cref="Take"/>.</summary>
    private RowOutcome Parse<TPart>(TPart part, CsvRowReader<TPart> read, SepReader.Row sepRow, int lineOffset)
    {
        var row = Split(sepRow, lineOffset, out var rest);
        if (row.IsBlank)
        {
            return default;
        }

        try
        {
            read(part, row);
            return new RowOutcome(row.Line, null, rest);
        }
        catch (CsvRowException bad)
        {
            return new RowOutcome(row.Line, bad, rest);
        }
    }

    /// <summary>Counts a row in file order: a bad one stops the read or is skipped; the lines after a malformed row that spans lines are read again as rows.</summary>
    private void Take<TPart>(RowOutcome outcome, SkipLog skips, bool skipInvalid, Func<TPart> partHere, CsvRowReader<TPart> read, Encoding encoding)
    {
        if (!outcome.IsRecord)
        {
            return;
        }

        skips.Read();
        if (outcome.Bad != null)
        {
            if (!skipInvalid)
            {
                throw outcome.Bad;
            }

            skips.Skip(outcome.Bad);
        }

        if (outcome.Rest != null)
        {
            using var again = Reader(Path, new StringReader("\n" + outcome.Rest), delimiter, encoding);
            Next(Path, again, encoding, 1);
            var lineOffset = outcome.Line - 1;
            var part = partHere();
            ReadRows(again, encoding, lineOffset, row =>
            {
                var later = Parse(part, read, row, lineOffset);
                Take(later, skips, skipInvalid, partHere, read, encoding);
                return later;
            });
        }
    }

    /// <summary>Hands every row after the current one to <paramref name="each"/>, one at a time, naming the line after the last record when the file fails.</summary>
    private void ReadRows(SepReader reader, Encoding encoding, int lineOffset, Func<SepReader.Row, RowOutcome> each)
    {
        var line = lineOffset + 2;
        while (Next(Path, reader, encoding, line))
        {
            var outcome = each(reader.Current);
            line = (outcome.IsRecord ? outcome.Line : line) + 1;
        }
    }

    /// <summary>What reading one row gave: nothing (a blank line or the header), a record, a bad record, and the lines to read again after a malformed one.</summary>
    private readonly struct RowOutcome
    {
        public RowOutcome(int line, CsvRowException? bad, string? rest)
        {
            Line = line;
            Bad = bad;
            Rest = rest;
        }

        public int Line { get; }

        public CsvRowException? Bad { get; }

        public string? Rest { get; }

        public bool IsRecord => Line > 0;
    }
}
