using System;
using System.Collections.Generic;
using FunnelCrm.Emulator;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Demo;

/// <summary>What a demo run leaves behind: the organization with its rows, the measured funnel and the cost figures.</summary>
public sealed class DemoResult
{
    /// <summary>The result.</summary>
    public DemoResult(Organization organization, FunnelReport report, FunnelHistory history, long scoredActivities, long scoringCalls, long configurationCalls, long events, int refusals, DateTime asOf)
    {
        Organization = organization;
        Report = report;
        History = history;
        ScoredActivities = scoredActivities;
        ScoringCalls = scoringCalls;
        ConfigurationCalls = configurationCalls;
        Events = events;
        Refusals = refusals;
        AsOf = asOf;
    }

    /// <summary>The emulated organization after the run.</summary>
    public Organization Organization { get; }

    /// <summary>The funnel measured from the CRM's transition rows.</summary>
    public FunnelReport Report { get; }

    /// <summary>The leads' first entries per stage.</summary>
    public FunnelHistory History { get; }

    /// <summary>Activities the scoring plugin scored (with points).</summary>
    public long ScoredActivities { get; }

    /// <summary>Service calls those scoring executions made (lock, read, write).</summary>
    public long ScoringCalls { get; }

    /// <summary>Queries that reloaded the scoring model and settings when the cached snapshot had expired.</summary>
    public long ConfigurationCalls { get; }

    /// <summary>Events pushed through the CRM.</summary>
    public long Events { get; }

    /// <summary>Moves the stage guard refused (a rep tried something a gate does not allow).</summary>
    public int Refusals { get; }

    /// <summary>The end of the history.</summary>
    public DateTime AsOf { get; }

    /// <summary>Per-lead notes collected for the report (top MQLs and their explanations).</summary>
    public List<string> Notes { get; } = new List<string>();
}
