using System;

namespace FunnelCrm.Funnel
{
    /// <summary>A clock that shows a set instant until told otherwise: for replays, demos and tests.</summary>
    public sealed class FixedClock : IClock
    {
        private DateTime utcNow;

        /// <summary>Creates a clock showing <paramref name="utcNow"/> (converted to UTC).</summary>
        public FixedClock(DateTime utcNow)
        {
            this.utcNow = Times.AsUtc(utcNow);
        }

        /// <inheritdoc />
        public DateTime UtcNow => utcNow;

        /// <summary>Moves the clock to <paramref name="newUtcNow"/>.</summary>
        public void Set(DateTime newUtcNow)
        {
            utcNow = Times.AsUtc(newUtcNow);
        }

        /// <summary>Moves the clock forward (or back, for a negative span) by <paramref name="span"/>.</summary>
        public void Advance(TimeSpan span)
        {
            utcNow = utcNow + span;
        }
    }
}
