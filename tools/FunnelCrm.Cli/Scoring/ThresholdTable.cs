using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Cli.Scoring;

/// <summary>For a range of MQL thresholds, how many MQLs each gives on the backtest and what share of them were won.</summary>
public static class ThresholdTable
{
    /// <summary>The default range: 25 % to 200 % of the model's threshold in steps of 25 %.</summary>
    public static IReadOnlyList<double> DefaultThresholds(double modelThreshold) =>
        Enumerable.Range(1, 8).Select(step => modelThreshold * step / 4).ToArray();

    /// <summary>One row per threshold, in the order given.</summary>
    public static IReadOnlyList<ThresholdRow> Compute(IReadOnlyList<LeadBacktest> leads, Outcomes outcomes, IReadOnlyList<double> thresholds)
    {
        var rows = new List<ThresholdRow>();
        foreach (var threshold in thresholds)
        {
            int mqls = 0, won = 0, wonMissed = 0;
            foreach (var lead in leads)
            {
                var isMql = lead.PeakWithFit >= threshold;
                var isWon = outcomes.Of(lead.LeadId) == true;
                mqls += isMql ? 1 : 0;
                won += isMql && isWon ? 1 : 0;
                wonMissed += !isMql && isWon ? 1 : 0;
            }

            rows.Add(new ThresholdRow(threshold, mqls, won, wonMissed));
        }

        return rows;
    }

    /// <summary>How many backtested leads have no outcome in the file (they count as not won).</summary>
    public static int WithoutOutcome(IReadOnlyList<LeadBacktest> leads, Outcomes outcomes) => leads.Count(lead => outcomes.Of(lead.LeadId) == null);
}
