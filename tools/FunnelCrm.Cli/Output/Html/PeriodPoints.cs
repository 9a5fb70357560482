using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>
/// The points of a chart over time: one per period, or, when there are more periods than a chart shows readably (day
/// periods over a year), consecutive periods grouped into one point each (conversion = the summed numerators over the
/// summed cohorts; velocity = the mean over all the leads of the group).
/// </summary>
internal sealed class PeriodPoints
{
    /// <summary>The most points a chart over time shows.</summary>
    public const int MostPoints = 60;

    private PeriodPoints(IReadOnlyList<IReadOnlyList<PeriodFigures>> groups, DateTime asOfLocal)
    {
        Groups = groups;
        AsOfLocal = asOfLocal;
    }

    /// <summary>The periods of each point, in time order.</summary>
    public IReadOnlyList<IReadOnlyList<PeriodFigures>> Groups { get; }

    /// <summary>How many periods one point holds (1 unless grouped).</summary>
    public int PerPoint => Groups.Count == 0 ? 1 : Groups.Max(g => g.Count);

    private DateTime AsOfLocal { get; }

    /// <summary>The points of <paramref name="report"/>, measured as of <paramref name="asOfUtc"/> in <paramref name="zone"/>.</summary>
    public static PeriodPoints Of(FunnelReport report, DateTime asOfUtc, TimeZoneInfo zone)
    {
        var size = (int)Math.Ceiling(report.Periods.Count / (double)MostPoints);
        var groups = report.Periods.Select((p, i) => (p, i)).GroupBy(x => x.i / Math.Max(1, size)).Select(g => (IReadOnlyList<PeriodFigures>)g.Select(x => x.p).ToList()).ToList();
        return new PeriodPoints(groups, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(asOfUtc, DateTimeKind.Utc), zone));
    }

    /// <summary>The point labels: the period's label, or the first period's label of a group.</summary>
    public IReadOnlyList<string> Labels(ReportLanguage language) => Groups.Select(g => language.Period(g[0].Period)).ToList();

    /// <summary>The conversion of <paramref name="stage"/> per point.</summary>
    public IReadOnlyList<double?> Conversion(FunnelStage stage) => Groups.Select(g =>
    {
        var cohort = g.Sum(p => p[stage].ConversionDenominator);
        return cohort == 0 ? (double?)null : g.Sum(p => p[stage].ConversionNumerator) / (double)cohort;
    }).ToList();

    /// <summary>The mean days to the next stage of <paramref name="stage"/> per point.</summary>
    public IReadOnlyList<double?> Velocity(FunnelStage stage) => Groups.Select(g =>
    {
        var leads = g.Sum(p => p[stage].Velocity.Count);
        return leads == 0 ? (double?)null : g.Sum(p => (p[stage].Velocity.MeanDays ?? 0) * p[stage].Velocity.Count) / leads;
    }).ToList();

    /// <summary>
    /// The first point whose cohorts are younger than <paramref name="p90Days"/> (the stage's P90 velocity): a period
    /// that ends less than that long before the as-of moment has leads still on their way, so its figure is not final.
    /// </summary>
    public int IncompleteFrom(double? p90Days)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i][^1].Period.End.AddDays(p90Days ?? 0) > AsOfLocal)
            {
                return i;
            }
        }

        return Groups.Count;
    }

    /// <summary>The last period that ended at or before the as-of moment (null when none did).</summary>
    public Period? LastFullPeriod() => Groups.SelectMany(g => g).Select(p => p.Period).LastOrDefault(p => p.End <= AsOfLocal);
}
