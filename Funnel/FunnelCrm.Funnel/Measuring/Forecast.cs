using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Expected wins and revenue from the open pipeline, by stage and by expected close month.</summary>
    public sealed class Forecast
    {
        internal Forecast(double wins, decimal revenue, IReadOnlyList<ForecastStage> stages, IReadOnlyList<ForecastMonth> months, long unrated)
        {
            ExpectedWins = wins;
            ExpectedRevenue = revenue;
            ByStage = stages;
            ByMonth = months;
            UnratedLeads = unrated;
        }

        /// <summary>Sum over open leads of their stage's win rate.</summary>
        public double ExpectedWins { get; }

        /// <summary>Expected wins x average deal size.</summary>
        public decimal ExpectedRevenue { get; }

        /// <summary>Open pipeline per stage Known..Opportunity.</summary>
        public IReadOnlyList<ForecastStage> ByStage { get; }

        /// <summary>Expected wins and revenue per close month, in time order (months with expected wins only).</summary>
        public IReadOnlyList<ForecastMonth> ByMonth { get; }

        /// <summary>Open leads at a stage without a measured win rate (they add nothing).</summary>
        public long UnratedLeads { get; }
    }
}
