using System;
using System.Threading;
using FunnelCrm.Funnel;

namespace FunnelCrm.Emulator;

/// <summary>
/// The organization's clock, set and advanced by the test. createdon, modifiedon, OperationCreatedOn, query date
/// operators and system job times follow it; plugins under test can be handed the same clock as their engine clock.
/// </summary>
public sealed class EmulatorClock : IClock
{
    private long ticks;

    /// <summary>Creates a clock that reads <paramref name="startUtc"/>.</summary>
    public EmulatorClock(DateTime startUtc)
    {
        ticks = ToUtc(startUtc).Ticks;
    }

    /// <summary>The current time (UTC).</summary>
    public DateTime UtcNow => new DateTime(Interlocked.Read(ref ticks), DateTimeKind.Utc);

    /// <summary>Moves the clock to <paramref name="utc"/>.</summary>
    public void Set(DateTime utc) => Interlocked.Exchange(ref ticks, ToUtc(utc).Ticks);

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    public void Advance(TimeSpan span) => Interlocked.Add(ref ticks, span.Ticks);

    private static DateTime ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
