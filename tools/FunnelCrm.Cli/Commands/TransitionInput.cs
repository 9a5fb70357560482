using System;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary>
/// Reads exported stage transitions (CSV with at least lead_id, stage, entered_on) into the engine's streaming history,
/// on every core: each thread fills a history of its own (<see cref="TransitionPart"/>) and the parts are merged, which
/// gives the same figures as one history read row after row. Memory grows with distinct leads, never with rows.
/// </summary>
public sealed class TransitionInput
{
    /// <summary>The columns a transitions file must have.</summary>
    public static readonly string[] Columns = { "lead_id", "stage", "entered_on" };

    private TransitionInput(FunnelHistory history, SkipLog skips, DateTime? first, DateTime? last)
    {
        History = history;
        Skips = skips;
        First = first;
        Last = last;
    }

    /// <summary>The leads' first entries per stage.</summary>
    public FunnelHistory History { get; }

    /// <summary>Rows read, and the rows skipped with --skip-invalid and why.</summary>
    public SkipLog Skips { get; }

    /// <summary>The earliest entered_on read, or null without transitions.</summary>
    public DateTime? First { get; }

    /// <summary>The latest entered_on read, or null without transitions.</summary>
    public DateTime? Last { get; }

    /// <summary>Reads the file (reporting the share read to <paramref name="progress"/>); a bad row stops the read with its file, line and column unless <paramref name="skipInvalid"/>.</summary>
    public static TransitionInput Read(string path, CsvInput input, bool skipInvalid, Action<double>? progress = null)
    {
        var csv = CsvFile.Open(path, input, Columns);
        var (parts, skips) = csv.ReadParts(() => new TransitionPart(csv), (part, row) => part.Add(row), skipInvalid, progress);
        var history = parts[0].History;
        foreach (var part in parts.Skip(1))
        {
            history.Merge(part.History);
        }

        var read = parts.Where(p => p.First != null).ToArray();
        return new TransitionInput(history, skips, read.Length == 0 ? null : read.Min(p => p.First), read.Length == 0 ? null : read.Max(p => p.Last));
    }
}
