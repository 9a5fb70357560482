using System.Collections.Generic;
using System.Runtime.Serialization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// The scoring model as data: behaviour rules (decaying), fit and negative rules (on the profile, not decaying),
    /// the MQL threshold and minimum fit, the behaviour half-life, the cap horizon and the grade bands. It loads from
    /// and saves to JSON with <see cref="ScoringModelJson"/> (format in Funnel/README.md) and is checked by
    /// <see cref="ScoringModelValidator"/>; <see cref="DefaultScoringModel.Create()"/> builds the built-in one.
    /// Treat an instance as read-only once an engine uses it.
    /// </summary>
    [DataContract(Name = "scoringModel", Namespace = "")]
    public sealed class ScoringModel
    {
        /// <summary>The model version written on every stamp (e.g. "default-1"). Required.</summary>
        [DataMember(Name = "version", Order = 0)]
        public string? Version { get; set; }

        /// <summary>Score (behaviour now + fit) at which a lead becomes MQL (default 100; must be &gt; 0).</summary>
        [DataMember(Name = "mqlThreshold", Order = 1)]
        public double MqlThreshold { get; set; } = 100;

        /// <summary>Minimum fit score for MQL (default 0).</summary>
        [DataMember(Name = "minimumFitForMql", Order = 2)]
        public double MinimumFitForMql { get; set; }

        /// <summary>Behaviour points halve every this many days (default 30; must be &gt; 0).</summary>
        [DataMember(Name = "behaviourHalfLifeDays", Order = 3)]
        public double BehaviourHalfLifeDays { get; set; } = 30;

        /// <summary>
        /// How many days of cap windows the lead keeps, counted back from its latest scored activity (default 120).
        /// A capped activity whose window ended before that earns nothing (see README).
        /// </summary>
        [DataMember(Name = "capHorizonDays", Order = 4)]
        public int CapHorizonDays { get; set; } = 120;

        /// <summary>The grade bands on the fit score.</summary>
        [DataMember(Name = "grades", Order = 5)]
        public GradeBands? Grades { get; set; } = new GradeBands();

        /// <summary>Behaviour rules, first match wins.</summary>
        [DataMember(Name = "behaviourRules", Order = 6)]
        public List<BehaviourRule>? BehaviourRules { get; set; } = new List<BehaviourRule>();

        /// <summary>Fit rules (all that hold add up).</summary>
        [DataMember(Name = "fitRules", Order = 7)]
        public List<ProfileRule>? FitRules { get; set; } = new List<ProfileRule>();

        /// <summary>Negative rules (all that hold add up; points usually negative).</summary>
        [DataMember(Name = "negativeRules", Order = 8)]
        public List<ProfileRule>? NegativeRules { get; set; } = new List<ProfileRule>();

        [OnDeserializing]
        private void SetDefaults(StreamingContext context)
        {
            MqlThreshold = 100;
            BehaviourHalfLifeDays = 30;
            CapHorizonDays = 120;
            Grades = new GradeBands();
            BehaviourRules = new List<BehaviourRule>();
            FitRules = new List<ProfileRule>();
            NegativeRules = new List<ProfileRule>();
        }
    }
}
