using System;
using System.Collections.Generic;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Commands;

/// <summary>The transitions one thread read: their history and the earliest and latest time, read from spans without a string per field.</summary>
internal sealed class TransitionPart
{
    private static readonly Dictionary<string, FunnelStage> Stages = new Dictionary<string, FunnelStage>(StringComparer.OrdinalIgnoreCase)
    {
        ["Known"] = FunnelStage.Known, ["Engaged"] = FunnelStage.Engaged, ["MQL"] = FunnelStage.Mql, ["SAL"] = FunnelStage.Sal,
        ["SQL"] = FunnelStage.Sql, ["Opportunity"] = FunnelStage.Opportunity, ["Won"] = FunnelStage.Won, ["Lost"] = FunnelStage.Lost,
        ["Recycled"] = FunnelStage.Recycled, ["Disqualified"] = FunnelStage.Disqualified,

        // The solution's German labels, as a German user's export from Dynamics writes them.
        ["Bekannt"] = FunnelStage.Known, ["Engagiert"] = FunnelStage.Engaged, ["Verkaufschance"] = FunnelStage.Opportunity, ["Gewonnen"] = FunnelStage.Won,
        ["Verloren"] = FunnelStage.Lost, ["Zurückgestellt"] = FunnelStage.Recycled, ["Disqualifiziert"] = FunnelStage.Disqualified,
    };

    private static readonly Dictionary<string, FunnelStage>.AlternateLookup<ReadOnlySpan<char>> StageNamed = Stages.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly LeadKeys keys = new LeadKeys();
    private readonly int lead;
    private readonly int stage;
    private readonly int enteredOn;
    private long first = long.MaxValue;
    private long last = long.MinValue;

    public TransitionPart(CsvFile csv)
    {
        lead = csv.Column("lead_id");
        stage = csv.Column("stage");
        enteredOn = csv.Column("entered_on");
    }

    public FunnelHistory History { get; } = new FunnelHistory();

    /// <summary>The earliest entered_on read, or null before the first transition.</summary>
    public DateTime? First => History.RowCount == 0 ? null : new DateTime(first, DateTimeKind.Utc);

    /// <summary>The latest entered_on read, or null before the first transition.</summary>
    public DateTime? Last => History.RowCount == 0 ? null : new DateTime(last, DateTimeKind.Utc);

    /// <summary>Adds one row; a bad row is refused naming its line and column.</summary>
    public void Add(CsvRow row)
    {
        var id = keys.Of(row.Required(lead));
        var stageText = row.Required(stage);
        if (!StageNamed.TryGetValue(stageText, out var entered))
        {
            throw row.Error(stage, Shown.Quoted(stageText.ToString()) + " is not a stage (Known, Engaged, MQL, SAL, SQL, Opportunity, Won, Lost, Recycled, Disqualified, or their German labels)", "unknown stage");
        }

        var on = row.Date(enteredOn);
        History.Add(id, entered, on);
        first = Math.Min(first, on.Ticks);
        last = Math.Max(last, on.Ticks);
    }
}
