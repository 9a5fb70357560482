namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A lead's score as of one instant: behaviour (decayed), fit, total, grade and MQL readiness.</summary>
    public sealed class ScoreCard
    {
        internal ScoreCard(double behaviour, double fit, char grade, bool meetsThreshold, bool meetsFit)
        {
            Behaviour = behaviour;
            Fit = fit;
            Grade = grade;
            MeetsThreshold = meetsThreshold;
            MeetsMinimumFit = meetsFit;
        }

        /// <summary>The behaviour score decayed to the instant asked for.</summary>
        public double Behaviour { get; }

        /// <summary>The fit score (fit plus negative rules).</summary>
        public double Fit { get; }

        /// <summary>Behaviour plus fit: the lead's score.</summary>
        public double Total => Behaviour + Fit;

        /// <summary>A, B, C or D from the fit score.</summary>
        public char Grade { get; }

        /// <summary>True when the total reaches the MQL threshold.</summary>
        public bool MeetsThreshold { get; }

        /// <summary>True when the fit score reaches the minimum fit for MQL.</summary>
        public bool MeetsMinimumFit { get; }

        /// <summary>True when both MQL conditions hold.</summary>
        public bool IsMqlReady => MeetsThreshold && MeetsMinimumFit;
    }
}
