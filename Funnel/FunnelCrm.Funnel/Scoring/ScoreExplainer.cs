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

                candidates.Add(new Candidate(engine.ContributionAt(state, activity, now), activity.OccurredOn, activity.Id, activity, null));
            }

            foreach (ScoreContribution profileLine in engine.ScoreProfile(profile, state, now).Contributions)
            {
                candidates.Add(new Candidate(profileLine.Points, DateTime.MaxValue, profileLine.ActivityId ?? profileLine.RuleId, null, profileLine));
            }

            candidates.Sort((a, b) =>
            {
                int byValue = Math.Abs(b.Points).CompareTo(Math.Abs(a.Points));
                if (byValue != 0)
                {
                    return byValue;
                }

                int byTime = b.When.CompareTo(a.When);
                return byTime != 0 ? byTime : string.CompareOrdinal(a.Tie, b.Tie);
            });
            var lines = new List<ScoreContribution>();
            for (int i = 0; i < candidates.Count && i < top; i++)
            {
                lines.Add(candidates[i].Profile ?? ActivityLine(engine, candidates[i].Activity!, candidates[i].Points, now));
            }

            return new ScoreExplanation(lines);
        }

        /// <summary>The line of a stamped activity worth <paramref name="value"/> now: its rule's description (or table and subtype), its age and its points.</summary>
        private static ScoreContribution ActivityLine(ScoringEngine engine, ScoredActivity activity, double value, DateTime now)
        {
            string? description = string.Equals(activity.Stamp!.ModelVersion, engine.Version, StringComparison.Ordinal) ? engine.DescriptionOf(activity) : null;
            string phrase = description ?? (activity.Subtype == null ? activity.Table : activity.Table + " (" + activity.Subtype + ")");
            string ruleId = (description != null ? engine.MatchRule(activity) : null) ?? phrase;
            return new ScoreContribution(ruleId, value, phrase + " " + Sentences.Age(activity.OccurredOn, now) + ": " + Sentences.Points(value), activity.Id);
        }

        /// <summary>A contribution to rank; its sentence is written only when it makes the top lines.</summary>
        private sealed class Candidate
        {
            public Candidate(double points, DateTime when, string tie, ScoredActivity? activity, ScoreContribution? profile)
            {
                Points = points;
                When = when;
                Tie = tie;
                Activity = activity;
                Profile = profile;
            }

            public double Points { get; }

            public DateTime When { get; }

            /// <summary>The activity id, or the rule id of a profile line: the last tie-breaker.</summary>
            public string Tie { get; }

            public ScoredActivity? Activity { get; }

            public ScoreContribution? Profile { get; }
        }
    }
}
