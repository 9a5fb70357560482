namespace FunnelCrm.Cli.Scoring;

/// <summary>What one MQL threshold would have given on the backtest: MQLs, won among them, and won leads it misses.</summary>
public sealed class ThresholdRow
{
    /// <summary>A row.</summary>
    public ThresholdRow(double threshold, int mqls, int won, int wonMissed)
    {
        Threshold = threshold;
        Mqls = mqls;
        Won = won;
        WonMissed = wonMissed;
    }

    /// <summary>The MQL threshold in points.</summary>
    public double Threshold { get; }

    /// <summary>Leads that would have become MQL (score reached the threshold while the fit met the minimum).</summary>
    public int Mqls { get; }

    /// <summary>Of those, the leads that were won.</summary>
    public int Won { get; }

    /// <summary>The share of the MQLs that were won; null without MQLs.</summary>
    public double? WinRate => Mqls == 0 ? null : (double)Won / Mqls;

    /// <summary>Won leads that this threshold would not have made MQL.</summary>
    public int WonMissed { get; }
}
