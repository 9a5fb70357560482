namespace FunnelCrm.Emulator;

/// <summary>
/// The platform behaviours Microsoft's documentation leaves open, one named variant each (see the emulator README,
/// "Platform variants"). Code under test must be right under every value.
/// </summary>
public sealed record PlatformBehaviour
{
    /// <summary>The defaults: the documented value where there is one, otherwise the one closest to the documentation.</summary>
    public static readonly PlatformBehaviour Default = new();

    /// <summary>Variant L: when a write takes its row's lock.</summary>
    public RowLockTiming RowLock { get; init; } = RowLockTiming.BeforePreOperation;
}
