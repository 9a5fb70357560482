namespace FunnelCrm.Cli.Csv;

/// <summary>A bad CSV row: the message names file, line and column; <see cref="Reason"/> is the short kind of problem that <c>--skip-invalid</c> counts.</summary>
public sealed class CsvRowException : CliException
{
    /// <summary>A refusal of one row.</summary>
    public CsvRowException(string message, string reason)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>The kind of problem, e.g. "bad date" or "unknown stage".</summary>
    public string Reason { get; }
}
