using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>What <c>funnelcrm report --period month --format json</c> says: per stage overall, per month and stage, the bottleneck.</summary>
public sealed class ReportFigures
{
    private ReportFigures(IReadOnlyDictionary<string, StageFigure> overall, IReadOnlyDictionary<string, IReadOnlyDictionary<string, StageFigure>> months, string? bottleneck)
    {
        Overall = overall;
        Months = months;
        Bottleneck = bottleneck;
    }

    /// <summary>The figures over the whole range, by stage label (Known, Engaged, MQL, ...).</summary>
    public IReadOnlyDictionary<string, StageFigure> Overall { get; }

    /// <summary>The figures of each month (label 2026-10), by stage label.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, StageFigure>> Months { get; }

    /// <summary>The bottleneck stage's label.</summary>
    public string? Bottleneck { get; }

    /// <summary>Runs the report on <paramref name="transitions"/> with the extra options.</summary>
    public static ReportFigures Of(string transitions, params string[] options)
    {
        var run = CliRun.Of(new[] { "report", "--transitions", transitions, "--period", "month", "--format", "json" }.Concat(options).ToArray());
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        return new ReportFigures(
            Stages(root.GetProperty("stages")),
            root.GetProperty("periods").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => Stages(p.GetProperty("stages"))),
            root.GetProperty("bottleneck").GetProperty("stage").GetString());
    }

    private static IReadOnlyDictionary<string, StageFigure> Stages(JsonElement stages) =>
        stages.EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => new StageFigure(
            s.GetProperty("volume").GetInt32(), Number(s.GetProperty("conversion")), Number(s.GetProperty("velocity_days_mean"))));

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
}

/// <summary>One stage's volume, conversion and mean days to the next stage.</summary>
public sealed record StageFigure(int Volume, double? Conversion, double? VelocityDays);
