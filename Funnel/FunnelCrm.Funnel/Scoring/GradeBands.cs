using System.Runtime.Serialization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Grade bands on the fit score (fit plus negative rule points): A when fit &gt;= <see cref="A"/>, else B when
    /// &gt;= <see cref="B"/>, else C when &gt;= <see cref="C"/>, else D. Defaults 40 / 20 / 0; they must descend.
    /// </summary>
    [DataContract(Name = "grades", Namespace = "")]
    public sealed class GradeBands
    {
        /// <summary>Minimum fit for grade A (default 40).</summary>
        [DataMember(Name = "a", Order = 0)]
        public double A { get; set; } = 40;

        /// <summary>Minimum fit for grade B (default 20).</summary>
        [DataMember(Name = "b", Order = 1)]
        public double B { get; set; } = 20;

        /// <summary>Minimum fit for grade C (default 0); below is D.</summary>
        [DataMember(Name = "c", Order = 2)]
        public double C { get; set; }

        [OnDeserializing]
        private void SetDefaults(StreamingContext context)
        {
            A = 40;
            B = 20;
        }

        /// <summary>The grade letter for a fit score.</summary>
        public char GradeOf(double fitScore)
        {
            if (fitScore >= A)
            {
                return 'A';
            }

            if (fitScore >= B)
            {
                return 'B';
            }

            return fitScore >= C ? 'C' : 'D';
        }
    }
}
