using System;

namespace FunnelCrm.Funnel
{
    /// <summary>The machine's clock; the one place that reads <see cref="DateTime.UtcNow"/>.</summary>
    public sealed class SystemClock : IClock
    {
        /// <summary>The shared instance (the clock has no state).</summary>
        public static readonly SystemClock Instance = new SystemClock();

        private SystemClock()
        {
        }

        /// <inheritdoc />
        public DateTime UtcNow => DateTime.UtcNow;
    }
}
