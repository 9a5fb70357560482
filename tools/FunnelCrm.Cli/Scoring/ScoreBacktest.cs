using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Replays exported activities through a scoring model, lead by lead in time order, with the engine: after each
/// activity the engine evaluates the lead as of that instant (behaviour decayed, fit from the profile), which gives the
/// first instant it would have become MQL and the highest score it reached; then the score as of the backtest instant.
/// Activities after that instant are left out; an <c>activity_id</c> listed twice for a lead counts once.
/// </summary>
public static class ScoreBacktest
{
    /// <summary>How many explanation lines each lead keeps.</summary>
    public const int ExplanationLines = 3;

    /// <summary>Runs the backtest as of <paramref name="at"/>, reporting the share of activities replayed to <paramref name="progress"/>.</summary>
    public static BacktestResult Run(ScoringEngine engine, ActivityHistory history, LeadProfiles profiles, DateTime at, Action<double>? progress = null)
    {
        var leads = new List<LeadBacktest>();
        var seenLeads = new HashSet<string>(StringComparer.Ordinal);
        var scored = 0;
        var afterAt = 0;
        var duplicates = 0;
        var seen = 0;
        foreach (var pair in history.ByLead())
        {
            seenLeads.Add(pair.Key);
            var lead = Replay(engine, pair.Key, pair.Value, profiles.Of(pair.Key), at, ref afterAt, ref duplicates);
            scored += lead.Activities;
            leads.Add(lead);
            seen += pair.Value.Count;
            progress?.Invoke((double)seen / Math.Max(1, history.Count));
        }

        foreach (var leadId in profiles.Order)
        {
            if (!seenLeads.Contains(leadId))
            {
                leads.Add(Replay(engine, leadId, new LeadActivity[0], profiles.Of(leadId), at, ref afterAt, ref duplicates));
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

        return new BacktestResult(engine.Model, at, leads, scored, afterAt, duplicates, perMonth);
    }

    private static LeadBacktest Replay(ScoringEngine engine, string leadId, IReadOnlyList<LeadActivity> activities, IReadOnlyDictionary<string, object?> profile, DateTime at, ref int afterAt, ref int duplicates)
    {
        var state = LeadScoreState.Empty;
        var stamped = new List<ScoredActivity>(activities.Count);
        var exportIds = new HashSet<string>(StringComparer.Ordinal);
        DateTime? mqlOn = null;
        double? peak = null;
        foreach (var entry in activities)
        {
            var activity = entry.Activity;
            if (activity.OccurredOn > at)
            {
                afterAt++;
                continue;
            }

            if (entry.ExportId != null && !exportIds.Add(entry.ExportId))
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
        return new LeadBacktest(leadId, stamped.Count, card, mqlOn, peak, ScoreExplainer.Explain(engine, state, stamped, profile, at, ExplanationLines));
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
}
