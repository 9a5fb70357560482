using System;
using System.Text;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Csv;

/// <summary>How CSV input is read: its encoding and delimiter (each detected when null) and the culture of its numbers and dates.</summary>
public sealed class CsvInput
{
    /// <summary>Settings.</summary>
    public CsvInput(UserCulture culture, Encoding? encoding = null, char? delimiter = null)
    {
        Culture = culture;
        Encoding = encoding;
        Delimiter = delimiter;
    }

    /// <summary>Invariant culture, encoding and delimiter detected.</summary>
    public static CsvInput Default { get; } = new CsvInput(UserCulture.Invariant);

    /// <summary>The culture numbers and dates are read in.</summary>
    public UserCulture Culture { get; }

    /// <summary>The encoding when there is no byte order mark (null: UTF-8).</summary>
    public Encoding? Encoding { get; }

    /// <summary>The delimiter (null: detected from the header among ',', ';' and tab).</summary>
    public char? Delimiter { get; }

    /// <summary>How many threads read a file's rows at once (default: one per core; 1 reads row after row).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
}
