using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A validated behaviour rule in the form matching needs.</summary>
    internal sealed class CompiledBehaviourRule
    {
        public CompiledBehaviourRule(BehaviourRule rule)
        {
            Id = rule.Id!;
            Description = string.IsNullOrWhiteSpace(rule.Description) ? Id : rule.Description!;
            RuleMatching.ParseDirection(rule.Direction, out ActivityDirection? direction);
            RuleMatching.ParseState(rule.State, out ActivityState? state);
            Direction = direction;
            State = state;
            Subtype = rule.Subtype;
            Points = rule.Points!.Value;
            if (rule.CapCount.HasValue && CalendarWindows.TryParse(rule.CapWindow, out CalendarWindow window))
            {
                CapCount = rule.CapCount.Value;
                CapWindow = window;
            }
        }

        public string Id { get; }

        public string Description { get; }

        public ActivityDirection? Direction { get; }

        public ActivityState? State { get; }

        public string? Subtype { get; }

        public double Points { get; }

        public int? CapCount { get; }

        public CalendarWindow CapWindow { get; }

        public bool Matches(ScoredActivity activity)
        {
            return (!Direction.HasValue || Direction.Value == activity.Direction)
                && (!State.HasValue || State.Value == activity.State)
                && (Subtype == null || string.Equals(Subtype, activity.Subtype, StringComparison.OrdinalIgnoreCase));
        }
    }
}
