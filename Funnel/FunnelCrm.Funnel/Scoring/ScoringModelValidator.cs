using System;
using System.Collections.Generic;
using System.Globalization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Checks a <see cref="ScoringModel"/>: version present; threshold, minimum fit and grade bands finite; half-life and
    /// cap horizon &gt; 0 and at most <see cref="MaxDays"/> (so that date arithmetic cannot overflow); grade bands
    /// descending; at least one rule; every rule with an id (letters, digits, '-', '_', '.'), unique across the model,
    /// and points of at most <see cref="MaxPoints"/> either way; behaviour rules with a known table, direction, state and
    /// a complete cap; profile rules with an allowed column, a known operator and the value(s) it needs. Each problem
    /// names the rule id and the field.
    /// </summary>
    public static class ScoringModelValidator
    {
        /// <summary>The longest half-life and cap horizon, in days (ten years).</summary>
        public const int MaxDays = 3650;

        /// <summary>The most points one rule may give or take, and the highest MQL threshold.</summary>
        public const double MaxPoints = 100000;

        /// <summary>The activity tables behaviour rules may name.</summary>
        public static readonly IReadOnlyList<string> ActivityTables = new[]
        {
            "email", "phonecall", "appointment", "task", "campaignresponse", "fcm_interaction",
        };

        /// <summary>The operators of fit and negative rules.</summary>
        public static readonly IReadOnlyList<string> Operators = new[]
        {
            "equals", "in", "notin", "ge", "le", "contains", "isempty", "invalidemail",
        };

        /// <summary>Returns the problems of <paramref name="model"/>; empty when it is valid.</summary>
        public static IReadOnlyList<string> Validate(ScoringModel model)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            var problems = new List<string>();
            if (string.IsNullOrWhiteSpace(model.Version))
            {
                problems.Add("Field 'version' is missing.");
            }

            if (!(model.MqlThreshold > 0 && model.MqlThreshold <= MaxPoints))
            {
                problems.Add(Invariant("Field 'mqlThreshold' must be greater than 0 and at most {1} (is {0}).", model.MqlThreshold, MaxPoints));
            }

            if (!(Math.Abs(model.MinimumFitForMql) <= MaxPoints))
            {
                problems.Add(Invariant("Field 'minimumFitForMql' must be a number from -{1} to {1} (is {0}).", model.MinimumFitForMql, MaxPoints));
            }

            if (!(model.BehaviourHalfLifeDays > 0 && model.BehaviourHalfLifeDays <= MaxDays))
            {
                problems.Add(Invariant("Field 'behaviourHalfLifeDays' must be greater than 0 and at most {1} (is {0}).", model.BehaviourHalfLifeDays, MaxDays));
            }

            if (model.CapHorizonDays <= 0 || model.CapHorizonDays > MaxDays)
            {
                problems.Add(Invariant("Field 'capHorizonDays' must be from 1 to {1} (is {0}).", model.CapHorizonDays, MaxDays));
            }

            if (model.Grades == null)
            {
                problems.Add("Field 'grades' is missing.");
            }
            else if (!(Math.Abs(model.Grades.A) <= MaxPoints && Math.Abs(model.Grades.B) <= MaxPoints && Math.Abs(model.Grades.C) <= MaxPoints))
            {
                problems.Add(Invariant("Field 'grades' must hold numbers from -{0} to {0}.", MaxPoints));
            }
            else if (!(model.Grades.A >= model.Grades.B && model.Grades.B >= model.Grades.C))
            {
                problems.Add("Field 'grades' must descend: a >= b >= c.");
            }

            if ((model.BehaviourRules?.Count ?? 0) + (model.FitRules?.Count ?? 0) + (model.NegativeRules?.Count ?? 0) == 0)
            {
                problems.Add("The model has no rules: give at least one behaviour, fit or negative rule.");
            }

            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            CheckBehaviourRules(model.BehaviourRules, ids, problems);
            CheckProfileRules(model.FitRules, "fitRules", ids, problems);
            CheckProfileRules(model.NegativeRules, "negativeRules", ids, problems);
            return problems;
        }

        /// <summary>Throws <see cref="ScoringModelException"/> when <paramref name="model"/> is invalid.</summary>
        public static void EnsureValid(ScoringModel model)
        {
            IReadOnlyList<string> problems = Validate(model);
            if (problems.Count > 0)
            {
                throw new ScoringModelException(problems);
            }
        }

        private static void CheckBehaviourRules(List<BehaviourRule>? rules, HashSet<string> ids, List<string> problems)
        {
            if (rules == null)
            {
                problems.Add("Field 'behaviourRules' is missing.");
                return;
            }

            for (int i = 0; i < rules.Count; i++)
            {
                BehaviourRule? rule = rules[i];
                if (rule == null)
                {
                    problems.Add(Invariant("Behaviour rule #{0} is empty.", i + 1));
                    continue;
                }

                string name = CheckId(rule.Id, "behaviourRules", i, ids, problems);
                if (rule.Table == null || !Contains(ActivityTables, rule.Table))
                {
                    problems.Add(Invariant("Rule '{0}': field 'table' must be one of {1} (is '{2}').", name, string.Join(", ", ActivityTables), rule.Table));
                }

                if (rule.Direction != null && RuleMatching.ParseDirection(rule.Direction, out _) == false)
                {
                    problems.Add(Invariant("Rule '{0}': field 'direction' must be incoming, outgoing or any (is '{1}').", name, rule.Direction));
                }

                if (rule.State != null && RuleMatching.ParseState(rule.State, out _) == false)
                {
                    problems.Add(Invariant("Rule '{0}': field 'state' must be completed, open, canceled or any (is '{1}').", name, rule.State));
                }

                CheckPoints(rule.Points, name, problems);
                if (rule.CapCount.HasValue || rule.CapWindow != null)
                {
                    if (!rule.CapCount.HasValue || rule.CapCount.Value < 1)
                    {
                        problems.Add(Invariant("Rule '{0}': field 'capCount' must be at least 1 when a cap window is set.", name));
                    }

                    if (!CalendarWindows.TryParse(rule.CapWindow, out _))
                    {
                        problems.Add(Invariant("Rule '{0}': field 'capWindow' must be day, week or month (is '{1}').", name, rule.CapWindow));
                    }
                }
            }
        }

        private static void CheckProfileRules(List<ProfileRule>? rules, string listName, HashSet<string> ids, List<string> problems)
        {
            if (rules == null)
            {
                problems.Add(Invariant("Field '{0}' is missing.", listName));
                return;
            }

            for (int i = 0; i < rules.Count; i++)
            {
                ProfileRule? rule = rules[i];
                if (rule == null)
                {
                    problems.Add(Invariant("Rule #{0} of '{1}' is empty.", i + 1, listName));
                    continue;
                }

                string name = CheckId(rule.Id, listName, i, ids, problems);
                if (!ProfileColumns.IsAllowed(rule.Column))
                {
                    problems.Add(Invariant("Rule '{0}': field 'column' may not read '{1}'; allowed columns: {2}, {3}.", name, rule.Column, string.Join(", ", ProfileColumns.LeadColumns), ProfileColumns.DaysInactive));
                }

                CheckPoints(rule.Points, name, problems);
                string? op = rule.Operator;
                if (op == null || !Contains(Operators, op))
                {
                    problems.Add(Invariant("Rule '{0}': field 'operator' must be one of {1} (is '{2}').", name, string.Join(", ", Operators), op));
                    continue;
                }

                bool hasValues = rule.Values != null && rule.Values.Count > 0;
                switch (op)
                {
                    case "in":
                    case "notin":
                        if (!hasValues)
                        {
                            problems.Add(Invariant("Rule '{0}': field 'values' needs at least one value for operator '{1}'.", name, op));
                        }

                        break;
                    case "contains":
                        if (string.IsNullOrEmpty(rule.Value) && !hasValues)
                        {
                            problems.Add(Invariant("Rule '{0}': field 'value' (or 'values') is missing for operator 'contains'.", name));
                        }

                        break;
                    case "ge":
                    case "le":
                        if (!ProfileValues.TryParseNumber(rule.Value, out _) && !IsDate(rule.Value))
                        {
                            problems.Add(Invariant("Rule '{0}': field 'value' must be a number or date for operator '{1}' (is '{2}').", name, op, rule.Value));
                        }

                        break;
                    case "equals":
                        if (rule.Value == null)
                        {
                            problems.Add(Invariant("Rule '{0}': field 'value' is missing for operator 'equals'.", name));
                        }

                        break;
                }
            }
        }

        private static string CheckId(string? id, string listName, int index, HashSet<string> ids, List<string> problems)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                string anonymous = Invariant("#{0} of '{1}'", index + 1, listName);
                problems.Add(Invariant("Rule {0}: field 'id' is missing.", anonymous));
                return anonymous;
            }

            foreach (char c in id!)
            {
                if (!(char.IsLetterOrDigit(c) && c < 128) && c != '-' && c != '_' && c != '.')
                {
                    problems.Add(Invariant("Rule '{0}': field 'id' may hold only letters, digits, '-', '_' and '.'.", id));
                    break;
                }
            }

            if (!ids.Add(id))
            {
                problems.Add(Invariant("Rule '{0}': field 'id' is a duplicate.", id));
            }

            return id;
        }

        private static void CheckPoints(double? points, string name, List<string> problems)
        {
            if (!points.HasValue)
            {
                problems.Add(Invariant("Rule '{0}': field 'points' is missing.", name));
            }
            else if (!(Math.Abs(points.Value) <= MaxPoints))
            {
                problems.Add(Invariant("Rule '{0}': field 'points' must be a number from -{1} to {1}.", name, MaxPoints));
            }
        }

        private static bool IsDate(string? text)
        {
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _);
        }

        private static bool Contains(IReadOnlyList<string> list, string value)
        {
            foreach (string item in list)
            {
                if (string.Equals(item, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Invariant(string format, params object?[] args)
        {
            return string.Format(CultureInfo.InvariantCulture, format, args);
        }
    }
}
