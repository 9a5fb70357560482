using System.Runtime.Serialization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// A behaviour rule: an activity that matches table, direction, state and (optionally) subtype earns
    /// <see cref="Points"/>, which then decay with the model's half-life. An optional cap limits how many matching
    /// activities earn points per fixed calendar window (UTC day, ISO week Monday-Sunday, calendar month); the
    /// activities beyond the cap are stamped with 0 points. The first matching active rule in model order wins.
    /// </summary>
    [DataContract(Name = "behaviourRule", Namespace = "")]
    public sealed class BehaviourRule
    {
        /// <summary>Unique rule id (letters, digits, '-', '_', '.').</summary>
        [DataMember(Name = "id", Order = 0)]
        public string? Id { get; set; }

        /// <summary>What the lead did, as the start of an explanation sentence ("Attended webinar").</summary>
        [DataMember(Name = "description", Order = 1, EmitDefaultValue = false)]
        public string? Description { get; set; }

        /// <summary>Activity table: email, phonecall, appointment, task, campaignresponse or fcm_interaction.</summary>
        [DataMember(Name = "table", Order = 2)]
        public string? Table { get; set; }

        /// <summary>"incoming", "outgoing" or "any" (absent means any).</summary>
        [DataMember(Name = "direction", Order = 3, EmitDefaultValue = false)]
        public string? Direction { get; set; }

        /// <summary>"completed", "open", "canceled" or "any" (absent means completed).</summary>
        [DataMember(Name = "state", Order = 4, EmitDefaultValue = false)]
        public string? State { get; set; }

        /// <summary>The subtype to match (case-insensitive), e.g. the interaction type; absent matches any.</summary>
        [DataMember(Name = "subtype", Order = 5, EmitDefaultValue = false)]
        public string? Subtype { get; set; }

        /// <summary>Points earned (may be negative, e.g. an unsubscribe interaction). Required.</summary>
        [DataMember(Name = "points", Order = 6)]
        public double? Points { get; set; }

        /// <summary>At most this many matching activities earn points per <see cref="CapWindow"/>; absent means no cap.</summary>
        [DataMember(Name = "capCount", Order = 7, EmitDefaultValue = false)]
        public int? CapCount { get; set; }

        /// <summary>"day", "week" (ISO) or "month"; required with <see cref="CapCount"/>.</summary>
        [DataMember(Name = "capWindow", Order = 8, EmitDefaultValue = false)]
        public string? CapWindow { get; set; }

        /// <summary>False switches the rule off; absent means active.</summary>
        [DataMember(Name = "active", Order = 9, EmitDefaultValue = false)]
        public bool? Active { get; set; }
    }
}
