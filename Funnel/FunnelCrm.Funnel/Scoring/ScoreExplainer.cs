using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Explains a score from the ledger (the stamped activities) and the profile: each stamped activity's value now
    /// (stamped points decayed from its own time, times the recycle multiplier) and each profile rule that holds. The
    /// <c>top</c> largest by absolute value are kept; ties go to the more recent activity, then the id.
    /// Sentences: "{rule description} {age}: {points}" ("Attended webinar 3 days ago: +47") for activities,
    /// "{rule description}: {points}" ("Competitor domain: -100") for profile rules. An activity scored by another model
    /// version reads "{table} ({subtype})" instead of the description. Activities stamped with 0 points are left out.
    /// </summary>
    public static class ScoreExplainer
    {
        /// <summary>The default number of lines.</summary>
        public const int DefaultTop = 5;

        /// <summary>Builds the explanation as of <paramref name="now"/>.</summary>
        public static ScoreExplanation Explain(ScoringEngine engine, LeadScoreState state, IEnumerable<ScoredActivity> activities, IReadOnlyDictionary<string, object?> profile, DateTime now, int top = DefaultTop)
        {
            if (engine == null)
            {
                throw new ArgumentNullException(nameof(engine));
            }

            if (activities == null)
            {
                throw new ArgumentNullException(nameof(activities));
            }

            now = Times.AsUtc(now);
            var candidates = new List<Candidate>();
            foreach (ScoredActivity activity in activities)
            {
                if (activity.Stamp == null || activity.Stamp.Points == 0)
                {
                    continue;
                }

                double value = engine.ContributionAt(state, activity, now);
                string? description = string.Equals(activity.Stamp.ModelVersion, engine.Version, StringComparison.Ordinal) ? engine.DescriptionOf(activity) : null;
                string phrase = description ?? (activity.Subtype == null ? activity.Table : activity.Table + " (" + activity.Subtype + ")");
                string ruleId = (description != null ? engine.MatchRule(activity) : null) ?? phrase;
                candidates.Add(new Candidate(new ScoreContribution(ruleId, value, phrase + " " + Sentences.Age(activity.OccurredOn, now) + ": " + Sentences.Points(value), activity.Id), activity.OccurredOn));
            }

            foreach (ScoreContribution profileLine in engine.ScoreProfile(profile, state, now).Contributions)
            {
                candidates.Add(new Candidate(profileLine, DateTime.MaxValue));
            }

            candidates.Sort((a, b) =>
            {
                int byValue = Math.Abs(b.Line.Points).CompareTo(Math.Abs(a.Line.Points));
                if (byValue != 0)
                {
                    return byValue;
                }

                int byTime = b.When.CompareTo(a.When);
                return byTime != 0 ? byTime : string.CompareOrdinal(a.Line.ActivityId ?? a.Line.RuleId, b.Line.ActivityId ?? b.Line.RuleId);
            });
            var lines = new List<ScoreContribution>();
            for (int i = 0; i < candidates.Count && i < top; i++)
            {
                lines.Add(candidates[i].Line);
            }

            return new ScoreExplanation(lines);
        }

        private sealed class Candidate
        {
            public Candidate(ScoreContribution line, DateTime when)
            {
                Line = line;
                When = when;
            }

            public ScoreContribution Line { get; }

            public DateTime When { get; }
        }
    }
}
