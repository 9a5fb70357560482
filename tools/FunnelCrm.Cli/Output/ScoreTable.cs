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
    /// <summary>Writes the tables with the figures in <paramref name="numbers"/>' culture; <paramref name="top"/> limits the lead rows (null: all).</summary>
    public static void Write(TextWriter output, BacktestResult result, int? top, IReadOnlyList<ThresholdRow>? thresholds, int withoutOutcome, Numbers numbers)
    {
        var console = ReportTable.Console(output);
        output.WriteLine("Replayed " + numbers.Count(result.Scored) + " activities of " + numbers.Count(result.Leads.Count) + " leads through model " + result.Model.Version
            + " (MQL at " + numbers.Points(result.Model.MqlThreshold) + ") as of " + IsoDate.Format(result.At) + ".");
        if (result.AfterAt > 0 || result.Duplicates > 0)
        {
            output.WriteLine("Left out: " + numbers.Count(result.AfterAt) + " activities after that instant, " + numbers.Count(result.Duplicates) + " repeated activity ids (each counts once).");
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
            leads.AddRow(Markup.Escape(lead.LeadId), numbers.Points(lead.Card.Total), numbers.Points(lead.Card.Behaviour), numbers.Points(lead.Card.Fit), lead.Card.Grade.ToString(),
                lead.MqlOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(lead.Explanation.Lines.FirstOrDefault()?.Sentence ?? "-"));
        }

        console.Write(leads);
        if (top < result.Leads.Count)
        {
            output.WriteLine("(" + numbers.Count(result.Leads.Count - top!.Value) + " more leads; --top sets how many are listed)");
        }

        output.WriteLine("MQLs per month: " + (result.MqlsPerMonth.Count == 0 ? "none" : string.Join(", ", result.MqlsPerMonth.Select(m => m.Key + " " + numbers.Count(m.Value))))
            + " (total " + numbers.Count(result.MqlsPerMonth.Values.Sum()) + ")");
        if (thresholds != null)
        {
            output.WriteLine("Thresholds against outcomes" + (withoutOutcome > 0 ? " (" + numbers.Count(withoutOutcome) + (withoutOutcome == 1 ? " lead without an outcome counts" : " leads without an outcome count") + " as not won)" : "") + ":");
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn(new TableColumn("Threshold").RightAligned());
            table.AddColumn(new TableColumn("MQLs").RightAligned());
            table.AddColumn(new TableColumn("Won").RightAligned());
            table.AddColumn(new TableColumn("Win rate").RightAligned());
            table.AddColumn(new TableColumn("Won missed").RightAligned());
            foreach (var row in thresholds)
            {
                table.AddRow(numbers.Points(row.Threshold), numbers.Count(row.Mqls), numbers.Count(row.Won), numbers.Percent(row.WinRate), numbers.Count(row.WonMissed));
            }

            console.Write(table);
        }
    }
}
