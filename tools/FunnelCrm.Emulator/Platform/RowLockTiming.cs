namespace FunnelCrm.Emulator;

/// <summary>
/// Variant L: when a write takes the row lock of its primary row. Microsoft documents that pre-operation and
/// post-operation run inside the database transaction and that locks are held until it ends, not whether the row is
/// locked before pre-operation runs.
/// </summary>
public enum RowLockTiming
{
    /// <summary>The row is locked before pre-operation, so pre-images and pre-operation steps see it as the write will.</summary>
    BeforePreOperation,

    /// <summary>
    /// The row is locked only by the write itself: pre-images are read without the lock, and another transaction may
    /// change the row between the pre-image and the write.
    /// </summary>
    AtWrite,
}
