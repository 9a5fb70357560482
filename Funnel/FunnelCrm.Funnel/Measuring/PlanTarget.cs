using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>What the backwards plan aims at: wins, or revenue with an average deal size, by a deadline.</summary>
    public sealed class PlanTarget
    {
        /// <summary>Target number of won deals (takes precedence over revenue).</summary>
        public int? Wins { get; set; }

        /// <summary>Target revenue (base currency).</summary>
        public decimal? Revenue { get; set; }

        /// <summary>Average deal size, to turn revenue into wins.</summary>
        public decimal? AverageDealSize { get; set; }

        /// <summary>When the wins must be in (UTC).</summary>
        public DateTime DeadlineUtc { get; set; }
    }
}
