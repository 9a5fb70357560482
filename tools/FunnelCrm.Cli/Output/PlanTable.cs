using System;
using System.Collections.Generic;
using System.IO;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using Spectre.Console;

namespace FunnelCrm.Cli.Output;

/// <summary>The backwards plan as a console table: per stage the volume it needs, its conversion and its latest start (flagged when already past).</summary>
public static class PlanTable
{
    /// <summary>Writes the plan.</summary>
    public static void Write(TextWriter output, DateTime deadline, BackwardsPlan plan, DateTime today, IReadOnlyList<string> warnings, Numbers numbers)
    {
        output.WriteLine("To win " + numbers.Count(plan.RequiredWins) + " deals by " + IsoDate.Day(deadline) + ":");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Stage");
        table.AddColumn(new TableColumn("Required volume").RightAligned());
        table.AddColumn(new TableColumn("Conversion").RightAligned());
        table.AddColumn(new TableColumn("Latest start").RightAligned());
        foreach (var step in plan.Steps)
        {
            table.AddRow(FunnelStages.Label(step.Stage), step.RequiredVolume is double volume ? numbers.Count(Math.Ceiling(volume - 1e-9)) : "-", numbers.Percent(step.Conversion),
                step.LatestStartUtc is DateTime start ? IsoDate.Day(start) + (start < today ? " (past)" : "") : "-");
        }

        ReportTable.Console(output).Write(table);
        foreach (var gap in plan.Gaps)
        {
            output.WriteLine("Note: " + gap);
        }

        foreach (var warning in warnings)
        {
            output.WriteLine("Warning: " + warning);
        }
    }
}
