namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>The open pipeline at one stage with the rates the forecast used.</summary>
    public sealed class ForecastStage
    {
        internal ForecastStage(FunnelStage stage, long openLeads, double? winRate, double? meanDaysToWon)
        {
            Stage = stage;
            OpenLeads = openLeads;
            WinRate = winRate;
            MeanDaysToWon = meanDaysToWon;
        }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <summary>Leads whose latest stage this is.</summary>
        public long OpenLeads { get; }

        /// <summary>Stage-to-won conversion (share of the stage's cohort won afterwards); null without a cohort.</summary>
        public double? WinRate { get; }

        /// <summary>Mean days from first entry into the stage to won, over the won leads of its cohort; null without any.</summary>
        public double? MeanDaysToWon { get; }

        /// <summary>OpenLeads x WinRate (0 without a rate).</summary>
        public double ExpectedWins => OpenLeads * (WinRate ?? 0);
    }
}
