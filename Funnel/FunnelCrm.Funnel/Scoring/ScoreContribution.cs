namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>One part of a score with its sentence ("Attended webinar 3 days ago: +47", "Competitor domain: -100").</summary>
    public sealed class ScoreContribution
    {
        internal ScoreContribution(string ruleId, double points, string sentence, string? activityId)
        {
            RuleId = ruleId;
            Points = points;
            Sentence = sentence;
            ActivityId = activityId;
        }

        /// <summary>The rule behind it (for an activity scored by an older model version, the table and subtype).</summary>
        public string RuleId { get; }

        /// <summary>Its value now (decayed for behaviour).</summary>
        public double Points { get; }

        /// <summary>The sentence a rep reads.</summary>
        public string Sentence { get; }

        /// <summary>The activity, for behaviour contributions; null for profile rules.</summary>
        public string? ActivityId { get; }
    }
}
