using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FunnelCrm.Cli.Csv;

/// <summary>The rows <c>--skip-invalid</c> passed over in one file: how many, and how many per reason.</summary>
public sealed class SkipLog
{
    private readonly SortedDictionary<string, long> reasons = new SortedDictionary<string, long>(System.StringComparer.Ordinal);

    /// <summary>A log for the named file.</summary>
    public SkipLog(string file)
    {
        File = file;
    }

    /// <summary>The file the rows came from.</summary>
    public string File { get; }

    /// <summary>Rows read (good and skipped).</summary>
    public long Rows { get; private set; }

    /// <summary>Rows skipped.</summary>
    public long Skipped { get; private set; }

    /// <summary>Skipped rows per reason, in reason order.</summary>
    public IReadOnlyDictionary<string, long> Reasons => reasons;

    /// <summary>Counts a row that was read.</summary>
    public void Read() => Rows++;

    /// <summary>Counts a skipped row.</summary>
    public void Skip(CsvRowException bad)
    {
        Skipped++;
        reasons[bad.Reason] = reasons.TryGetValue(bad.Reason, out var count) ? count + 1 : 1;
    }

    /// <summary>Writes "Skipped n of m rows of FILE: reason (count), ..." when anything was skipped.</summary>
    public void Describe(TextWriter output)
    {
        if (Skipped > 0)
        {
            output.WriteLine("Skipped " + Skipped + " of " + Rows + " rows of " + Path.GetFileName(File) + ": " + string.Join(", ", reasons.Select(r => r.Key + " (" + r.Value + ")")));
        }
    }
}
