using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Replays exported activities through a scoring model, lead by lead in time order, with the engine: after each
/// activity the engine evaluates the lead as of that instant (behaviour decayed, fit from the profile), which gives the
/// first instant it would have become MQL and the highest score it reached; then the score as of the backtest instant.
/// Activities after that instant are left out; an <c>activity_id</c> listed twice for a lead counts once. Leads are
/// replayed on every core, each alone.
/// </summary>
public static class ScoreBacktest
{
    /// <summary>How many explanation lines each lead keeps.</summary>
    public const int ExplanationLines = 3;

    /// <summary>
    /// Runs the backtest as of <paramref name="at"/>, replaying the leads on <paramref name="threads"/> threads at once
    /// (each lead alone, so the result does not depend on it), reporting the share of activities replayed to
    /// <paramref name="progress"/>.
    /// </summary>
    public static BacktestResult Run(ScoringEngine engine, ActivityHistory history, LeadProfiles profiles, DateTime at, int threads, Action<double>? progress = null)
    {
        var replayed = new LeadReplay[history.LeadCount];
        var seen = 0L;
        var gate = new object();
        Parallel.For(0, history.LeadCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, lead =>
        {
            var activities = history.Activities(lead);
            replayed[lead] = Replay(engine, history.LeadId(lead), activities, profiles.Of(history.LeadId(lead)), at);
            var done = Interlocked.Add(ref seen, activities.Count);
            if (progress != null && done * 100 / Math.Max(1, history.Count) > (done - activities.Count) * 100 / Math.Max(1, history.Count))
            {
                lock (gate)
                {
                    progress((double)done / Math.Max(1, history.Count));
                }
            }
        });
        var leads = replayed.Select(r => r.Lead).ToList();
        var seenLeads = new HashSet<string>(leads.Select(l => l.LeadId), StringComparer.Ordinal);
        foreach (var leadId in profiles.Order)
        {
            if (!seenLeads.Contains(leadId))
            {
                leads.Add(Replay(engine, leadId, Array.Empty<LeadActivity>(), profiles.Of(leadId), at).Lead);
            }
        }

        leads.Sort((a, b) =>
        {
            var order = b.Card.Total.CompareTo(a.Card.Total);
            return order != 0 ? order : string.CompareOrdinal(a.LeadId, b.LeadId);
        });
        var perMonth = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            if (lead.MqlOn is DateTime on)
            {
                var month = Period.Of(PeriodKind.Month, on, TimeZoneInfo.Utc).Label;
                perMonth[month] = perMonth.TryGetValue(month, out var count) ? count + 1 : 1;
            }
        }

        return new BacktestResult(engine.Model, at, leads, leads.Sum(l => l.Activities), replayed.Sum(r => r.AfterAt), replayed.Sum(r => r.Duplicates), perMonth);
    }

    private static LeadReplay Replay(ScoringEngine engine, string leadId, IReadOnlyList<LeadActivity> activities, IReadOnlyDictionary<string, object?> profile, DateTime at)
    {
        var state = LeadScoreState.Empty;
        var stamped = new List<ScoredActivity>(activities.Count);
        HashSet<string>? exportIds = null;
        DateTime? mqlOn = null;
        double? peak = null;
        var afterAt = 0;
        var duplicates = 0;
        foreach (var entry in activities)
        {
            var activity = entry.Activity;
            if (activity.OccurredOn > at)
            {
                afterAt++;
                continue;
            }

            if (entry.ExportId != null && !(exportIds ??= new HashSet<string>(StringComparer.Ordinal)).Add(entry.ExportId))
            {
                duplicates++;
                continue;
            }

            var scoring = engine.Score(state, activity, activity.OccurredOn);
            state = scoring.State;
            stamped.Add(activity.WithStamp(scoring.Stamp));
            Track(engine.Evaluate(engine.ApplyProfile(state, profile, activity.OccurredOn), activity.OccurredOn), activity.OccurredOn, ref mqlOn, ref peak);
        }

        state = engine.ApplyProfile(state, profile, at);
        var card = engine.Evaluate(state, at);
        Track(card, at, ref mqlOn, ref peak);
        var lead = new LeadBacktest(leadId, stamped.Count, card, mqlOn, peak, ScoreExplainer.Explain(engine, state, stamped, profile, at, ExplanationLines));
        return new LeadReplay(lead, afterAt, duplicates);
    }

    private static void Track(ScoreCard card, DateTime on, ref DateTime? mqlOn, ref double? peak)
    {
        if (card.IsMqlReady && mqlOn == null)
        {
            mqlOn = on;
        }

        if (card.MeetsMinimumFit && (peak == null || card.Total > peak))
        {
            peak = card.Total;
        }
    }

    /// <summary>One lead's result and what its replay left out.</summary>
    private readonly record struct LeadReplay(LeadBacktest Lead, int AfterAt, int Duplicates);
}
