using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Exponential decay: a point earned <c>age</c> days ago is worth <c>2^(-age / halfLife)</c> now.</summary>
    public static class Decay
    {
        /// <summary>The factor <c>2^(-ageDays / halfLifeDays)</c>; above 1 for a negative age (a value referenced to an earlier instant).</summary>
        public static double Factor(double ageDays, double halfLifeDays)
        {
            return Math.Pow(2.0, -ageDays / halfLifeDays);
        }
    }
}
