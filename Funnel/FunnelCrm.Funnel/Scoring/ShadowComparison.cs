namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>One lead's history scored by the live model and a candidate model, side by side.</summary>
    public sealed class ShadowComparison
    {
        internal ShadowComparison(ReplayResult live, ReplayResult candidate)
        {
            Live = live;
            Candidate = candidate;
        }

        /// <summary>The live model's result.</summary>
        public ReplayResult Live { get; }

        /// <summary>The candidate model's result.</summary>
        public ReplayResult Candidate { get; }

        /// <summary>Candidate total minus live total.</summary>
        public double ScoreDifference => Candidate.Card.Total - Live.Card.Total;

        /// <summary>True when the two models disagree on MQL readiness.</summary>
        public bool MqlVerdictDiffers => Candidate.Card.IsMqlReady != Live.Card.IsMqlReady;
    }
}
