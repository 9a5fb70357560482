using System;
using System.Collections.Generic;
using System.Globalization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Scores leads with one validated <see cref="ScoringModel"/>. Behaviour is incremental and O(1) per activity:
    /// with <c>ref = max(state.ScoredOn, now)</c> the new behaviour score is
    /// <c>b * 2^(-(ref - scoredOn)/h) + points * 2^(-(ref - occurredOn)/h) * recycleMultiplier</c>, valid as of <c>ref</c>.
    /// Because every contribution decays from the activity's own time, the result does not depend on arrival order
    /// (for rules without caps). Stamped activities are never scored twice; removal subtracts exactly the stamped
    /// points, decayed the same way. Thread-safe: the engine holds no mutable state.
    /// </summary>
    public sealed class ScoringEngine
    {
        private static readonly CompiledBehaviourRule[] NoRules = new CompiledBehaviourRule[0];
        private readonly Dictionary<string, CompiledBehaviourRule[]> rulesByTable = new Dictionary<string, CompiledBehaviourRule[]>(StringComparer.Ordinal);
        private readonly List<ProfileRule> profileRules = new List<ProfileRule>();
        private readonly double halfLife;

        /// <summary>Creates an engine; throws <see cref="ScoringModelException"/> when the model is invalid.</summary>
        public ScoringEngine(ScoringModel model)
        {
            ScoringModelValidator.EnsureValid(model);
            Model = model;
            Version = model.Version!;
            halfLife = model.BehaviourHalfLifeDays;
            var byTable = new Dictionary<string, List<CompiledBehaviourRule>>(StringComparer.Ordinal);
            foreach (BehaviourRule rule in model.BehaviourRules!)
            {
                if (rule.Active == false)
                {
                    continue;
                }

                var compiled = new CompiledBehaviourRule(rule);
                if (!byTable.TryGetValue(rule.Table!, out List<CompiledBehaviourRule>? list))
                {
                    list = new List<CompiledBehaviourRule>();
                    byTable.Add(rule.Table!, list);
                }

                list.Add(compiled);
            }

            foreach (KeyValuePair<string, List<CompiledBehaviourRule>> pair in byTable)
            {
                rulesByTable.Add(pair.Key, pair.Value.ToArray());
            }

            foreach (ProfileRule rule in model.FitRules!)
            {
                if (rule.Active != false)
                {
                    profileRules.Add(rule);
                }
            }

            foreach (ProfileRule rule in model.NegativeRules!)
            {
                if (rule.Active != false)
                {
                    profileRules.Add(rule);
                }
            }
        }

        /// <summary>The model (do not change it while the engine is in use).</summary>
        public ScoringModel Model { get; }

        /// <summary>The model version written on stamps.</summary>
        public string Version { get; }

        /// <summary>The id of the first active behaviour rule matching <paramref name="activity"/>, or null.</summary>
        public string? MatchRule(ScoredActivity activity)
        {
            CompiledBehaviourRule? rule = Match(activity);
            return rule?.Id;
        }

        /// <summary>
        /// Scores one activity at <paramref name="now"/>. An activity with a stamp is a no-op
        /// (<see cref="ScoringOutcome.AlreadyScored"/>). Otherwise the result carries the new state and the stamp to write.
        /// </summary>
        public ActivityScoring Score(LeadScoreState state, ScoredActivity activity, DateTime now)
        {
            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            if (activity == null)
            {
                throw new ArgumentNullException(nameof(activity));
            }

            now = Times.AsUtc(now);
            if (activity.Stamp != null)
            {
                return new ActivityScoring(state, activity.Stamp, ScoringOutcome.AlreadyScored, null);
            }

            CompiledBehaviourRule? rule = Match(activity);
            DateTime reference = Reference(state, now);
            double behaviour = DecayedBehaviour(state, reference);
            ScoreLedger ledger = state.Ledger;
            DateTime? lastEngagement = state.LastEngagementOn;
            double points = 0;
            ScoringOutcome outcome = ScoringOutcome.NoRule;
            if (rule != null)
            {
                outcome = ScoringOutcome.Scored;
                points = rule.Points;
                if (rule.Points > 0 && (!lastEngagement.HasValue || activity.OccurredOn > lastEngagement.Value))
                {
                    lastEngagement = activity.OccurredOn;
                }

                if (rule.CapCount.HasValue)
                {
                    DateTime cutoff = (lastEngagement ?? activity.OccurredOn).AddDays(-Model.CapHorizonDays);
                    DateTime windowStart = CalendarWindows.StartOf(rule.CapWindow, activity.OccurredOn);
                    DateTime windowEnd = CalendarWindows.EndOf(rule.CapWindow, windowStart);
                    string key = rule.Id + "@" + CalendarWindows.Key(rule.CapWindow, windowStart);
                    if (windowEnd <= cutoff)
                    {
                        points = 0;
                        outcome = ScoringOutcome.BeyondCapHorizon;
                    }
                    else if (ledger.CapCountOf(key) >= rule.CapCount.Value)
                    {
                        points = 0;
                        outcome = ScoringOutcome.Capped;
                    }
                    else
                    {
                        ledger = ledger.WithCapDelta(key, windowEnd, 1, cutoff);
                    }
                }

                if (points != 0)
                {
                    behaviour += points * Decay.Factor(Times.DaysBetween(activity.OccurredOn, reference), halfLife) * ledger.RecycleMultiplier(activity.OccurredOn);
                }
            }

            var next = new LeadScoreState(behaviour, state.FitScore, reference, lastEngagement, ledger);
            return new ActivityScoring(next, new ActivityStamp(points, Version, now), outcome, rule?.Id);
        }

        /// <summary>
        /// Removes a scored activity (deleted or canceled): subtracts its stamped points decayed from its own time and,
        /// when it counted toward a cap under this model version, frees its place in the window. An activity without a
        /// stamp is a no-op (<see cref="ScoringOutcome.NotScored"/>). The result's stamp is null: clear it on the activity.
        /// </summary>
        public ActivityScoring Remove(LeadScoreState state, ScoredActivity activity, DateTime now)
        {
            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            if (activity == null)
            {
                throw new ArgumentNullException(nameof(activity));
            }

            ActivityStamp? stamp = activity.Stamp;
            if (stamp == null)
            {
                return new ActivityScoring(state, null, ScoringOutcome.NotScored, null);
            }

            DateTime reference = Reference(state, Times.AsUtc(now));
            double behaviour = DecayedBehaviour(state, reference);
            ScoreLedger ledger = state.Ledger;
            behaviour -= stamp.Points * Decay.Factor(Times.DaysBetween(activity.OccurredOn, reference), halfLife) * ledger.RecycleMultiplier(activity.OccurredOn);
            CompiledBehaviourRule? rule = string.Equals(stamp.ModelVersion, Version, StringComparison.Ordinal) ? Match(activity) : null;
            if (rule != null && rule.CapCount.HasValue && stamp.Points != 0)
            {
                DateTime cutoff = (state.LastEngagementOn ?? activity.OccurredOn).AddDays(-Model.CapHorizonDays);
                DateTime windowStart = CalendarWindows.StartOf(rule.CapWindow, activity.OccurredOn);
                ledger = ledger.WithCapDelta(rule.Id + "@" + CalendarWindows.Key(rule.CapWindow, windowStart), CalendarWindows.EndOf(rule.CapWindow, windowStart), -1, cutoff);
            }

            var next = new LeadScoreState(behaviour, state.FitScore, reference, state.LastEngagementOn, ledger);
            return new ActivityScoring(next, null, ScoringOutcome.Removed, rule?.Id);
        }

        /// <summary>
        /// Reduces the behaviour score by <paramref name="factor"/> (0..1) at <paramref name="on"/> (recycling) and records the
        /// mark, so activities that happened before it and arrive or are removed later are reduced the same way.
        /// </summary>
        public LeadScoreState Recycle(LeadScoreState state, double factor, DateTime on)
        {
            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            if (!(factor >= 0 && factor <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "The behaviour reduction factor must be between 0 and 1.");
            }

            var mark = new RecycleMark(on, factor);
            if (state.ScoredOn.HasValue && state.ScoredOn.Value > mark.On)
            {
                throw new ArgumentException("A recycle must not be earlier than the state's scored-on time (" + state.ScoredOn.Value.ToString("o", CultureInfo.InvariantCulture) + ").", nameof(on));
            }

            double behaviour = DecayedBehaviour(state, mark.On);
            return new LeadScoreState(behaviour * factor, state.FitScore, mark.On, state.LastEngagementOn, state.Ledger.WithRecycle(mark.On, factor));
        }

        /// <summary>
        /// Evaluates the fit and negative rules on <paramref name="profile"/> (column name to primitive value; the derived
        /// <see cref="ProfileColumns.DaysInactive"/> comes from <paramref name="state"/> and <paramref name="now"/>).
        /// </summary>
        public ProfileScore ScoreProfile(IReadOnlyDictionary<string, object?> profile, LeadScoreState state, DateTime now)
        {
            if (profile == null)
            {
                throw new ArgumentNullException(nameof(profile));
            }

            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            now = Times.AsUtc(now);
            var contributions = new List<ScoreContribution>();
            double fit = 0;
            foreach (ProfileRule rule in profileRules)
            {
                if (Holds(rule, profile, state, now))
                {
                    double points = rule.Points!.Value;
                    fit += points;
                    string phrase = string.IsNullOrWhiteSpace(rule.Description) ? rule.Id! : rule.Description!;
                    contributions.Add(new ScoreContribution(rule.Id!, points, phrase + ": " + Sentences.Points(points), null));
                }
            }

            return new ProfileScore(fit, Model.Grades!.GradeOf(fit), contributions);
        }

        /// <summary>The state with the fit score of <paramref name="profile"/> as of <paramref name="now"/> (the fit of <see cref="ScoreProfile"/>, without its sentences).</summary>
        public LeadScoreState ApplyProfile(LeadScoreState state, IReadOnlyDictionary<string, object?> profile, DateTime now)
        {
            if (profile == null)
            {
                throw new ArgumentNullException(nameof(profile));
            }

            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            now = Times.AsUtc(now);
            double fit = 0;
            foreach (ProfileRule rule in profileRules)
            {
                if (Holds(rule, profile, state, now))
                {
                    fit += rule.Points!.Value;
                }
            }

            return state.WithFitScore(fit);
        }

        /// <summary>The lead's score card as of <paramref name="now"/>.</summary>
        public ScoreCard Evaluate(LeadScoreState state, DateTime now)
        {
            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            double behaviour = state.BehaviourAt(now, halfLife);
            double total = behaviour + state.FitScore;
            return new ScoreCard(behaviour, state.FitScore, Model.Grades!.GradeOf(state.FitScore), total >= Model.MqlThreshold, state.FitScore >= Model.MinimumFitForMql);
        }

        /// <summary>What a stamped activity contributes at <paramref name="now"/> (its stamped points, decayed and recycled).</summary>
        public double ContributionAt(LeadScoreState state, ScoredActivity activity, DateTime now)
        {
            if (activity.Stamp == null)
            {
                return 0;
            }

            return activity.Stamp.Points * Decay.Factor(Times.DaysBetween(activity.OccurredOn, Times.AsUtc(now)), halfLife) * state.Ledger.RecycleMultiplier(activity.OccurredOn);
        }

        /// <summary>The explanation phrase of the rule that scored <paramref name="activity"/> under this model, or null.</summary>
        internal string? DescriptionOf(ScoredActivity activity)
        {
            return Match(activity)?.Description;
        }

        /// <summary>Whether a fit or negative rule holds for the profile (the derived days inactive from the state's last engagement).</summary>
        private static bool Holds(ProfileRule rule, IReadOnlyDictionary<string, object?> profile, LeadScoreState state, DateTime now)
        {
            object? value = rule.Column == ProfileColumns.DaysInactive
                ? (state.LastEngagementOn.HasValue ? (object)(int)Math.Floor(Times.DaysBetween(state.LastEngagementOn.Value, now)) : null)
                : (profile.TryGetValue(rule.Column!, out object? found) ? found : null);
            return ProfileConditions.Holds(rule, value);
        }

        private static DateTime Reference(LeadScoreState state, DateTime now)
        {
            return state.ScoredOn.HasValue && state.ScoredOn.Value > now ? state.ScoredOn.Value : now;
        }

        private double DecayedBehaviour(LeadScoreState state, DateTime reference)
        {
            return state.ScoredOn.HasValue ? state.BehaviourScore * Decay.Factor(Times.DaysBetween(state.ScoredOn.Value, reference), halfLife) : state.BehaviourScore;
        }

        private CompiledBehaviourRule? Match(ScoredActivity activity)
        {
            if (!rulesByTable.TryGetValue(activity.Table, out CompiledBehaviourRule[]? rules))
            {
                rules = NoRules;
            }

            foreach (CompiledBehaviourRule rule in rules)
            {
                if (rule.Matches(activity))
                {
                    return rule;
                }
            }

            return null;
        }
    }
}
