using System;
using System.Collections.Generic;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Scoring;

/// <summary>Known outcomes per lead from a CSV <c>lead_id,won</c> (won: true/false, yes/no, 1/0).</summary>
public sealed class Outcomes
{
    private readonly Dictionary<string, bool> won;

    private Outcomes(Dictionary<string, bool> won, SkipLog skips)
    {
        this.won = won;
        Skips = skips;
    }

    /// <summary>Rows read, and the rows skipped with --skip-invalid and why.</summary>
    public SkipLog Skips { get; }

    /// <summary>The outcome of a lead: true won, false not won, null unknown.</summary>
    public bool? Of(string leadId) => won.TryGetValue(leadId, out var outcome) ? outcome : null;

    /// <summary>Reads the file; a bad row stops the read with its file, line and column unless <paramref name="skipInvalid"/>.</summary>
    public static Outcomes Read(string path, CsvInput input, bool skipInvalid)
    {
        var csv = CsvFile.Open(path, input, new[] { "lead_id", "won" });
        var won = new Dictionary<string, bool>(StringComparer.Ordinal);
        var skips = new SkipLog(path);
        foreach (var record in csv.Records())
        {
            skips.Read();
            try
            {
                var lead = record.Required("lead_id");
                var outcome = record.YesNo("won") ?? throw record.Error("won", "is empty", "empty won");
                if (won.TryGetValue(lead, out var earlier) && earlier != outcome)
                {
                    throw record.Error("won", "lead " + Shown.Quoted(lead) + " has two different outcomes", "conflicting outcome");
                }

                won[lead] = outcome;
            }
            catch (CsvRowException bad) when (skipInvalid)
            {
                skips.Skip(bad);
            }
        }

        return new Outcomes(won, skips);
    }
}
