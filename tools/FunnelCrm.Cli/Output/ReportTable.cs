using System.Collections.Generic;
using System.IO;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using Spectre.Console;

namespace FunnelCrm.Cli.Output;

/// <summary>The funnel report as a console table: per stage volume, conversion and velocity, then the bottleneck.</summary>
public static class ReportTable
{
    /// <summary>Writes the table, with the figures in <paramref name="numbers"/>' culture; <paramref name="warnings"/> (why a report is empty) come first.</summary>
    public static void Write(TextWriter output, FunnelReport report, Numbers numbers, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            output.WriteLine("Note: " + warning);
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Stage");
        table.AddColumn(new TableColumn("Volume").RightAligned());
        table.AddColumn(new TableColumn("Conversion").RightAligned());
        table.AddColumn(new TableColumn("Days to next (mean)").RightAligned());
        table.AddColumn(new TableColumn("median").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        table.AddColumn(new TableColumn("To won").RightAligned());
        foreach (var stage in report.Overall)
        {
            table.AddRow(FunnelStages.Label(stage.Stage), numbers.Count(stage.Volume), numbers.Percent(stage.Conversion),
                numbers.Days(stage.Velocity.MeanDays), numbers.Days(stage.Velocity.MedianDays), numbers.Days(stage.Velocity.P90Days), numbers.Percent(stage.ToWon));
        }

        Console(output).Write(table);
        output.WriteLine(report.Bottleneck is FunnelStage weakest
            ? "Bottleneck: " + FunnelStages.Label(weakest) + " (conversion " + numbers.Percent(report[weakest].Conversion) + ")"
            : "Bottleneck: none (no stage has the minimum cohort)");
        output.WriteLine("SAL to won: " + numbers.Percent(report.SalToWon) + "   SQL to won: " + numbers.Percent(report.SqlToWon));
    }

    /// <summary>A Spectre console that renders plain text into the writer, wide enough that table rows do not wrap.</summary>
    public static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = PlainWidth;
        return console;
    }

    /// <summary>The width plain output is laid out in.</summary>
    public const int PlainWidth = 200;
}
