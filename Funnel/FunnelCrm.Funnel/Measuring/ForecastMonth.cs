namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Expected wins and revenue closing in one month.</summary>
    public sealed class ForecastMonth
    {
        internal ForecastMonth(Period month, double wins, decimal revenue)
        {
            Month = month;
            ExpectedWins = wins;
            ExpectedRevenue = revenue;
        }

        /// <summary>The month.</summary>
        public Period Month { get; }

        /// <summary>Expected wins.</summary>
        public double ExpectedWins { get; }

        /// <summary>Expected revenue.</summary>
        public decimal ExpectedRevenue { get; }
    }
}
