using System;

namespace FunnelCrm.Funnel
{
    /// <summary>
    /// The engine's only source of the current time. Every result of the engine is deterministic given
    /// the clock (and the inputs), so tests and replays pass a fixed clock.
    /// </summary>
    public interface IClock
    {
        /// <summary>The current instant in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
        DateTime UtcNow { get; }
    }
}
