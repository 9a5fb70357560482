using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Data;

/// <summary>
/// A database transaction: the rows it has locked (and so written), the async work to queue when it commits,
/// and whether a failed call inside it has made it unusable.
/// </summary>
internal sealed class Transaction
{
    private static long lastId;

    public Transaction()
    {
        Id = System.Threading.Interlocked.Increment(ref lastId);
    }

    public long Id { get; }

    public List<StoredRow> LockedRows { get; } = new();

    public List<Action> OnCommit { get; } = new();

    /// <summary>Set when a service call inside the transaction failed: Dataverse has rolled it back already.</summary>
    public bool IsDoomed { get; set; }

    public bool IsCompleted { get; set; }
}
