using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>The fit score of a profile with the rules that held.</summary>
    public sealed class ProfileScore
    {
        internal ProfileScore(double fitScore, char grade, IReadOnlyList<ScoreContribution> contributions)
        {
            FitScore = fitScore;
            Grade = grade;
            Contributions = contributions;
        }

        /// <summary>Sum of the points of the fit and negative rules that hold.</summary>
        public double FitScore { get; }

        /// <summary>The grade from the model's bands.</summary>
        public char Grade { get; }

        /// <summary>Each rule that held, in model order (fit rules, then negative rules).</summary>
        public IReadOnlyList<ScoreContribution> Contributions { get; }
    }
}
