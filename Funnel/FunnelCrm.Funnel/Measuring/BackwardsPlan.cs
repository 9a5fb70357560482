using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>The volume each stage needs, from the target down to the top of the funnel, and when each must start.</summary>
    public sealed class BackwardsPlan
    {
        internal BackwardsPlan(int requiredWins, IReadOnlyList<PlanStep> steps, IReadOnlyList<string> gaps)
        {
            RequiredWins = requiredWins;
            Steps = steps;
            Gaps = gaps;
        }

        /// <summary>Wins needed (the target wins, or revenue / deal size rounded up).</summary>
        public int RequiredWins { get; }

        /// <summary>Won first, then Opportunity, SQL, SAL, MQL, Engaged, Known.</summary>
        public IReadOnlyList<PlanStep> Steps { get; }

        /// <summary>What the plan lacks, in words ("No conversion for SAL: volumes above it are unknown.").</summary>
        public IReadOnlyList<string> Gaps { get; }
    }
}
