using System.Collections.Generic;
using System.Runtime.Serialization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// A fit or negative rule on one profile column (see <see cref="ProfileColumns"/>): when the condition holds the
    /// lead gets <see cref="Points"/> (fit points are usually positive, negative rules' points negative). Profile
    /// points do not decay. Operators:
    /// <list type="bullet">
    /// <item><c>equals</c>: the value equals <see cref="Value"/> (numbers as numbers, yes/no as true/false, text ignoring case);</item>
    /// <item><c>in</c> / <c>notin</c>: the value is (not) one of <see cref="Values"/>; an empty value is neither in nor not in;</item>
    /// <item><c>ge</c> / <c>le</c>: the value is greater / less than or equal to <see cref="Value"/>;</item>
    /// <item><c>contains</c>: the text contains <see cref="Value"/> or any of <see cref="Values"/>, ignoring case;</item>
    /// <item><c>isempty</c>: the value is null or blank;</item>
    /// <item><c>invalidemail</c>: the text is present but not a plausible email address.</item>
    /// </list>
    /// A value of another kind than the rule value (text against a number) does not match.
    /// </summary>
    [DataContract(Name = "profileRule", Namespace = "")]
    public sealed class ProfileRule
    {
        /// <summary>Unique rule id (letters, digits, '-', '_', '.').</summary>
        [DataMember(Name = "id", Order = 0)]
        public string? Id { get; set; }

        /// <summary>The explanation phrase ("Target account", "Competitor domain").</summary>
        [DataMember(Name = "description", Order = 1, EmitDefaultValue = false)]
        public string? Description { get; set; }

        /// <summary>The profile column (one of <see cref="ProfileColumns"/>).</summary>
        [DataMember(Name = "column", Order = 2)]
        public string? Column { get; set; }

        /// <summary>equals, in, notin, ge, le, contains, isempty, invalidemail.</summary>
        [DataMember(Name = "operator", Order = 3)]
        public string? Operator { get; set; }

        /// <summary>The compared value (invariant culture text) for equals, ge, le, contains.</summary>
        [DataMember(Name = "value", Order = 4, EmitDefaultValue = false)]
        public string? Value { get; set; }

        /// <summary>The list for in, notin and (optionally) contains.</summary>
        [DataMember(Name = "values", Order = 5, EmitDefaultValue = false)]
        public List<string>? Values { get; set; }

        /// <summary>Points when the condition holds. Required.</summary>
        [DataMember(Name = "points", Order = 6)]
        public double? Points { get; set; }

        /// <summary>False switches the rule off; absent means active.</summary>
        [DataMember(Name = "active", Order = 7, EmitDefaultValue = false)]
        public bool? Active { get; set; }
    }
}
