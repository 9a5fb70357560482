using System;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>One lead's history replayed through a scoring model.</summary>
public sealed class LeadBacktest
{
    /// <summary>A lead's result.</summary>
    public LeadBacktest(string leadId, int activities, ScoreCard card, DateTime? mqlOn, double? peakWithFit, ScoreExplanation explanation)
    {
        LeadId = leadId;
        Activities = activities;
        Card = card;
        MqlOn = mqlOn;
        PeakWithFit = peakWithFit;
        Explanation = explanation;
    }

    /// <summary>The exported lead id.</summary>
    public string LeadId { get; }

    /// <summary>How many of its activities were scored.</summary>
    public int Activities { get; }

    /// <summary>The score as of the backtest instant.</summary>
    public ScoreCard Card { get; }

    /// <summary>The first instant at which the lead met both MQL conditions, or null.</summary>
    public DateTime? MqlOn { get; }

    /// <summary>The highest score the lead reached while its fit met the model's minimum fit for MQL (null if it never did): it is an MQL at any threshold up to this.</summary>
    public double? PeakWithFit { get; }

    /// <summary>The largest contributions to the score as of the backtest instant.</summary>
    public ScoreExplanation Explanation { get; }
}
