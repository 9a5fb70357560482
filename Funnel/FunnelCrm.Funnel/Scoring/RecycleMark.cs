using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A recycle of the lead: from <see cref="On"/> the behaviour earned before it counts <see cref="Factor"/> times.</summary>
    public sealed class RecycleMark
    {
        /// <summary>Creates a mark; <paramref name="on"/> is kept to the whole second (UTC) so the text form round-trips.</summary>
        public RecycleMark(DateTime on, double factor)
        {
            DateTime utc = Times.AsUtc(on);
            On = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            Factor = factor;
        }

        /// <summary>When the lead was recycled (UTC, whole seconds).</summary>
        public DateTime On { get; }

        /// <summary>The behaviour reduction factor applied, in [0, 1].</summary>
        public double Factor { get; }
    }
}
