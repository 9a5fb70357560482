using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Data;

/// <summary>
/// One row: its committed values (what other transactions read) and, while a transaction holds its lock,
/// that transaction's pending values. Guarded by the store's monitor.
/// </summary>
internal sealed class StoredRow
{
    public StoredRow(string table, Guid id, long sequence)
    {
        Table = table;
        Id = id;
        Sequence = sequence;
    }

    /// <summary>Insertion order: scans and index lookups return rows in it.</summary>
    public long Sequence { get; }

    public string Table { get; }

    public Guid Id { get; }

    public Dictionary<string, object?>? Committed { get; set; }

    public long CommittedVersion { get; set; }

    public Dictionary<string, object?>? Pending { get; set; }

    public long PendingVersion { get; set; }

    public Transaction? LockOwner { get; set; }

    public Dictionary<string, object?>? VisibleTo(Transaction? transaction) =>
        transaction != null && ReferenceEquals(LockOwner, transaction) ? Pending : Committed;

    public long VersionFor(Transaction? transaction) =>
        transaction != null && ReferenceEquals(LockOwner, transaction) ? PendingVersion : CommittedVersion;
}
