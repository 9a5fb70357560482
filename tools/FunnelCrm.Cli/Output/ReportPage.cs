using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output;

/// <summary>What the HTML report shows: the measured funnel, how it was measured, and the sections a command adds.</summary>
public sealed class ReportPage
{
    /// <summary>The page.</summary>
    public ReportPage(string title, string source, FunnelReport report, FunnelHistory history, MeasureOptions options, DateTime asOfUtc, DateTime generatedUtc, ReportLanguage language, Numbers numbers)
    {
        Title = title;
        Source = source;
        Report = report;
        History = history;
        Options = options;
        AsOfUtc = asOfUtc;
        GeneratedUtc = generatedUtc;
        Language = language;
        Numbers = numbers;
    }

    /// <summary>The heading.</summary>
    public string Title { get; }

    /// <summary>Where the transitions came from (a file, an organization, the demo).</summary>
    public string Source { get; }

    /// <summary>The funnel.</summary>
    public FunnelReport Report { get; }

    /// <summary>The history it was measured from (for the baselines).</summary>
    public FunnelHistory History { get; }

    /// <summary>How it was measured.</summary>
    public MeasureOptions Options { get; }

    /// <summary>The moment the data runs to: periods ending less than a stage's P90 velocity before it are not final.</summary>
    public DateTime AsOfUtc { get; }

    /// <summary>When the page was written.</summary>
    public DateTime GeneratedUtc { get; }

    /// <summary>The words, dates and stage names.</summary>
    public ReportLanguage Language { get; }

    /// <summary>How figures are written.</summary>
    public Numbers Numbers { get; }

    /// <summary>The score distribution (label, leads), when there is one.</summary>
    public IReadOnlyList<(string Label, long Count)>? ScoreDistribution { get; init; }

    /// <summary>Further sections, as HTML, after the figures.</summary>
    public IReadOnlyList<string> Sections { get; init; } = Array.Empty<string>();

    /// <summary>Notes (warnings) shown before the glossary.</summary>
    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();
}
