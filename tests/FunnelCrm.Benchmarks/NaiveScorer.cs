using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// The baseline the engine is measured against: recompute the behaviour score from the whole history on every new
    /// activity (look up each activity's points, decay it to now, add up). Same rules as the default model's uncapped
    /// interaction rules; O(history) per activity.
    /// </summary>
    internal sealed class NaiveScorer
    {
        private readonly Dictionary<string, double> points = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        private readonly double halfLife;

        public NaiveScorer(ScoringModel model)
        {
            halfLife = model.BehaviourHalfLifeDays;
            foreach (BehaviourRule rule in model.BehaviourRules!)
            {
                if (rule.Table == "fcm_interaction" && rule.Subtype != null && !points.ContainsKey(rule.Subtype))
                {
                    points.Add(rule.Subtype, rule.Points!.Value);
                }
            }
        }

        public double Rescore(IReadOnlyList<ScoredActivity> history, ScoredActivity newest, DateTime now)
        {
            double total = Contribution(newest, now);
            for (int i = 0; i < history.Count; i++)
            {
                total += Contribution(history[i], now);
            }

            return total;
        }

        private double Contribution(ScoredActivity activity, DateTime now)
        {
            return activity.Subtype != null && points.TryGetValue(activity.Subtype, out double value)
                ? value * Math.Pow(2, -(now - activity.OccurredOn).TotalDays / halfLife)
                : 0;
        }
    }
}
