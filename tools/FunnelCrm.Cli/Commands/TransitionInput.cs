using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary>
/// Reads exported stage transitions (CSV with at least lead_id, stage, entered_on) into the engine's streaming history:
/// memory grows with distinct leads, never with rows.
/// </summary>
public sealed class TransitionInput
{
    /// <summary>The columns a transitions file must have.</summary>
    public static readonly string[] Columns = { "lead_id", "stage", "entered_on" };

    private static readonly Dictionary<string, FunnelStage> Stages = new Dictionary<string, FunnelStage>(StringComparer.OrdinalIgnoreCase)
    {
        ["Known"] = FunnelStage.Known, ["Engaged"] = FunnelStage.Engaged, ["MQL"] = FunnelStage.Mql, ["SAL"] = FunnelStage.Sal,
        ["SQL"] = FunnelStage.Sql, ["Opportunity"] = FunnelStage.Opportunity, ["Won"] = FunnelStage.Won, ["Lost"] = FunnelStage.Lost,
        ["Recycled"] = FunnelStage.Recycled, ["Disqualified"] = FunnelStage.Disqualified,

        // The solution's German labels, as a German user's export from Dynamics writes them.
        ["Bekannt"] = FunnelStage.Known, ["Engagiert"] = FunnelStage.Engaged, ["Verkaufschance"] = FunnelStage.Opportunity, ["Gewonnen"] = FunnelStage.Won,
        ["Verloren"] = FunnelStage.Lost, ["Zurückgestellt"] = FunnelStage.Recycled, ["Disqualifiziert"] = FunnelStage.Disqualified,
    };

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
        var history = new FunnelHistory();
        DateTime? first = null, last = null;
        var skips = new SkipLog(path);
        foreach (var record in csv.Records(progress))
        {
            skips.Read();
            try
            {
                var lead = LeadKey(record.Required("lead_id"));
                var stageText = record.Required("stage");
                if (!Stages.TryGetValue(stageText, out var stage))
                {
                    throw record.Error("stage", Shown.Quoted(stageText) + " is not a stage (Known, Engaged, MQL, SAL, SQL, Opportunity, Won, Lost, Recycled, Disqualified, or their German labels)", "unknown stage");
                }

                var on = record.Date("entered_on");
                history.Add(lead, stage, on);
                first = first == null || on < first ? on : first;
                last = last == null || on > last ? on : last;
            }
            catch (CsvRowException bad) when (skipInvalid)
            {
                skips.Skip(bad);
            }
        }

        return new TransitionInput(history, skips, first, last);
    }

    /// <summary>A stable GUID for an exported lead id (GUIDs stay themselves).</summary>
    public static Guid LeadKey(string leadId)
    {
        if (Guid.TryParse(leadId, out var id))
        {
            return id;
        }

        return new Guid(MD5.HashData(Encoding.UTF8.GetBytes(leadId)));
    }
}
