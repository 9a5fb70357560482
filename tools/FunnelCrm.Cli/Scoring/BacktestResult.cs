using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>The result of a scoring backtest: every lead, the counts, and the MQLs per month.</summary>
public sealed class BacktestResult
{
    /// <summary>A result.</summary>
    public BacktestResult(ScoringModel model, DateTime at, IReadOnlyList<LeadBacktest> leads, int scored, int afterAt, int duplicates, IReadOnlyDictionary<string, int> mqlsPerMonth)
    {
        Model = model;
        At = at;
        Leads = leads;
        Scored = scored;
        AfterAt = afterAt;
        Duplicates = duplicates;
        MqlsPerMonth = mqlsPerMonth;
    }

    /// <summary>The model replayed.</summary>
    public ScoringModel Model { get; }

    /// <summary>The instant the scores are taken at (UTC).</summary>
    public DateTime At { get; }

    /// <summary>The leads, highest score first (ties by lead id).</summary>
    public IReadOnlyList<LeadBacktest> Leads { get; }

    /// <summary>Activities scored.</summary>
    public int Scored { get; }

    /// <summary>Activities left out because they occurred after <see cref="At"/>.</summary>
    public int AfterAt { get; }

    /// <summary>Activities left out because their activity_id was listed before for the same lead.</summary>
    public int Duplicates { get; }

    /// <summary>New MQLs per UTC month (yyyy-MM), in month order.</summary>
    public IReadOnlyDictionary<string, int> MqlsPerMonth { get; }
}
