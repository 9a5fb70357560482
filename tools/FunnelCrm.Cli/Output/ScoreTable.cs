using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Scoring;
using Spectre.Console;

namespace FunnelCrm.Cli.Output;

/// <summary>The scoring backtest as console tables: per lead, MQLs per month, and the thresholds against outcomes.</summary>
public static class ScoreTable
{
    /// <summary>Writes the tables; <paramref name="top"/> limits the lead rows (null: all).</summary>
    public static void Write(TextWriter output, BacktestResult result, int? top, IReadOnlyList<ThresholdRow>? thresholds, int withoutOutcome)
    {
        var console = ReportTable.Console(output);
        output.WriteLine("Replayed " + Numbers.Count(result.Scored) + " activities of " + Numbers.Count(result.Leads.Count) + " leads through model " + result.Model.Version
            + " (MQL at " + Points(result.Model.MqlThreshold) + ") as of " + IsoDate.Format(result.At) + ".");
        if (result.AfterAt > 0 || result.Duplicates > 0)
        {
            output.WriteLine("Left out: " + result.AfterAt + " activities after that instant, " + result.Duplicates + " repeated activity ids (each counts once).");
        }

        var leads = new Table().Border(TableBorder.Simple);
        leads.AddColumn("Lead");
        leads.AddColumn(new TableColumn("Score").RightAligned());
        leads.AddColumn(new TableColumn("Behaviour").RightAligned());
        leads.AddColumn(new TableColumn("Fit").RightAligned());
        leads.AddColumn("Grade");
        leads.AddColumn("MQL on");
        leads.AddColumn("Largest contribution");
        foreach (var lead in result.Leads.Take(top ?? int.MaxValue))
        {
            leads.AddRow(Markup.Escape(lead.LeadId), Points(lead.Card.Total), Points(lead.Card.Behaviour), Points(lead.Card.Fit), lead.Card.Grade.ToString(),
                lead.MqlOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(lead.Explanation.Lines.FirstOrDefault()?.Sentence ?? "-"));
        }

        console.Write(leads);
        if (top < result.Leads.Count)
        {
            output.WriteLine("(" + Numbers.Count(result.Leads.Count - top!.Value) + " more leads; --top sets how many are listed)");
        }

        output.WriteLine("MQLs per month: " + (result.MqlsPerMonth.Count == 0 ? "none" : string.Join(", ", result.MqlsPerMonth.Select(m => m.Key + " " + m.Value)))
            + " (total " + result.MqlsPerMonth.Values.Sum() + ")");
        if (thresholds != null)
        {
            output.WriteLine("Thresholds against outcomes" + (withoutOutcome > 0 ? " (" + withoutOutcome + (withoutOutcome == 1 ? " lead without an outcome counts" : " leads without an outcome count") + " as not won)" : "") + ":");
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn(new TableColumn("Threshold").RightAligned());
            table.AddColumn(new TableColumn("MQLs").RightAligned());
            table.AddColumn(new TableColumn("Won").RightAligned());
            table.AddColumn(new TableColumn("Win rate").RightAligned());
            table.AddColumn(new TableColumn("Won missed").RightAligned());
            foreach (var row in thresholds)
            {
                table.AddRow(Points(row.Threshold), Numbers.Count(row.Mqls), Numbers.Count(row.Won), Numbers.Percent(row.WinRate), Numbers.Count(row.WonMissed));
            }

            console.Write(table);
        }
    }

    /// <summary>Points with one decimal.</summary>
    public static string Points(double points) => points.ToString("0.0", CultureInfo.InvariantCulture);
}
