using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace FunnelCrm.Emulator.Data;

/// <summary>
/// The organization's rows. Writes take the row's lock and hold it until their transaction ends; another
/// transaction that writes the same row waits; reads outside the owning transaction see committed values.
/// </summary>
internal sealed class RowStore
{
    private readonly object sync = new();
    private readonly Dictionary<string, Dictionary<Guid, StoredRow>> tables = new(StringComparer.Ordinal);
    private long lastVersion;
    private long lastSequence;
    private readonly Dictionary<(string Table, string Column), Dictionary<string, HashSet<Guid>>> indexes = new();

    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public (Dictionary<string, object?> Values, long Version)? Read(string table, Guid id, Transaction? transaction)
    {
        lock (sync)
        {
            var row = Find(table, id);
            var values = row?.VisibleTo(transaction);
            return values == null ? null : (Values.CopyRow(values), row!.VersionFor(transaction));
        }
    }

    public List<(Guid Id, Dictionary<string, object?> Values, long Version)> Scan(string table, Transaction? transaction) =>
        Scan(table, transaction, _ => true);

    /// <summary>
    /// The rows visible to the transaction that <paramref name="keep"/> accepts, copied out. The filter sees the stored
    /// values read-only, under the store's lock, so that only matches pay for a copy.
    /// </summary>
    public List<(Guid Id, Dictionary<string, object?> Values, long Version)> Scan(string table, Transaction? transaction, Func<Dictionary<string, object?>, bool> keep)
    {
        lock (sync)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                return new List<(Guid, Dictionary<string, object?>, long)>();
            }
            var result = new List<(Guid, Dictionary<string, object?>, long)>(rows.Count);
            foreach (var row in rows.Values)
            {
                var values = row.VisibleTo(transaction);
                if (values != null && keep(values))
                {
                    result.Add((row.Id, Values.CopyRow(values), row.VersionFor(transaction)));
                }
            }
            return result;
        }
    }

    /// <summary>
    /// The rows visible to the transaction whose <paramref name="column"/> equals one of <paramref name="values"/> and
    /// that <paramref name="keep"/> accepts, in insertion order: the lookup uses an equality index built on first use
    /// (it may hold stale ids, which the filter on the visible values drops), so it costs the matches, not the table.
    /// </summary>
    public List<(Guid Id, Dictionary<string, object?> Values, long Version)> ScanWhereEquals(
        string table, Transaction? transaction, string column, IEnumerable<object?> values, Func<Dictionary<string, object?>, bool> keep)
    {
        lock (sync)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                return new List<(Guid, Dictionary<string, object?>, long)>();
            }

            var index = Index(table, column, rows);
            var candidates = new List<StoredRow>();
            foreach (var key in values.Select(IndexKey).Where(k => k != null).Distinct())
            {
                if (index.TryGetValue(key!, out var ids))
                {
                    candidates.AddRange(ids.Select(id => rows[id]));
                }
            }

            return Visible(candidates.Distinct(), transaction, keep);
        }
    }

    /// <summary>
    /// The rows visible to the transaction whose columns equal all the given values (an alternate key) and that
    /// <paramref name="keep"/> accepts: the smallest index bucket among the columns is the one read.
    /// </summary>
    public List<(Guid Id, Dictionary<string, object?> Values, long Version)> ScanWhereAllEqual(
        string table, Transaction? transaction, IReadOnlyList<KeyValuePair<string, object?>> columns, Func<Dictionary<string, object?>, bool> keep)
    {
        lock (sync)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                return new List<(Guid, Dictionary<string, object?>, long)>();
            }

            HashSet<Guid>? smallest = null;
            foreach (var column in columns)
            {
                var key = IndexKey(column.Value);
                var ids = key != null && Index(table, column.Key, rows).TryGetValue(key, out var found) ? found : new HashSet<Guid>();
                if (smallest == null || ids.Count < smallest.Count)
                {
                    smallest = ids;
                }
            }

            return Visible((smallest ?? new HashSet<Guid>()).Select(id => rows[id]), transaction, keep);
        }
    }

    private static List<(Guid Id, Dictionary<string, object?> Values, long Version)> Visible(
        IEnumerable<StoredRow> candidates, Transaction? transaction, Func<Dictionary<string, object?>, bool> keep)
    {
        var result = new List<(Guid, Dictionary<string, object?>, long)>();
        foreach (var row in candidates.OrderBy(r => r.Sequence))
        {
            var visible = row.VisibleTo(transaction);
            if (visible != null && keep(visible))
            {
                result.Add((row.Id, Values.CopyRow(visible), row.VersionFor(transaction)));
            }
        }

        return result;
    }

    /// <summary>One column's value of a row the transaction sees (null when the row or value is missing), without copying the row.</summary>
    public object? ReadValue(string table, Guid id, string column, Transaction? transaction)
    {
        lock (sync)
        {
            return Values.Copy(Find(table, id)?.VisibleTo(transaction)?.GetValueOrDefault(column));
        }
    }

    public bool Exists(string table, Guid id, Transaction? transaction)
    {
        lock (sync)
        {
            return Find(table, id)?.VisibleTo(transaction) != null;
        }
    }

    public void Insert(string table, Guid id, Dictionary<string, object?> values, Transaction transaction)
    {
        lock (sync)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                rows = new Dictionary<Guid, StoredRow>();
                tables[table] = rows;
            }
            if (rows.TryGetValue(id, out var existing))
            {
                if (existing.Committed != null || existing.LockOwner != null)
                {
                    throw Faults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. A {table} with id {id} already exists.");
                }
            }
            var row = existing ?? new StoredRow(table, id, ++lastSequence);
            rows[id] = row;
            row.LockOwner = transaction;
            row.Pending = Values.CopyRow(values);
            row.PendingVersion = ++lastVersion;
            transaction.LockedRows.Add(row);
            foreach (var value in row.Pending)
            {
                Indexed(table, value.Key, id, value.Value);
            }
        }
    }

    /// <summary>Takes the row's lock for the transaction (waiting for another owner to finish) and returns its version.</summary>
    public long Lock(string table, Guid id, Transaction transaction)
    {
        lock (sync)
        {
            var row = AcquireLock(table, id, transaction);
            return row.PendingVersion;
        }
    }

    public void Write(string table, Guid id, IEnumerable<KeyValuePair<string, object?>> changes, Transaction transaction)
    {
        lock (sync)
        {
            var row = AcquireLock(table, id, transaction);
            foreach (var change in changes)
            {
                row.Pending![change.Key] = Values.Copy(change.Value);
                Indexed(table, change.Key, id, change.Value);
            }
            row.PendingVersion = ++lastVersion;
        }
    }

    public void Remove(string table, Guid id, Transaction transaction)
    {
        lock (sync)
        {
            var row = AcquireLock(table, id, transaction);
            row.Pending = null;
        }
    }

    public void Commit(Transaction transaction)
    {
        lock (sync)
        {
            foreach (var row in transaction.LockedRows)
            {
                row.Committed = row.Pending;
                row.CommittedVersion = row.PendingVersion;
                Release(row);
            }
            Finish(transaction);
        }
    }

    public void Rollback(Transaction transaction)
    {
        lock (sync)
        {
            foreach (var row in transaction.LockedRows)
            {
                Release(row);
            }
            Finish(transaction);
        }
    }

    private void Finish(Transaction transaction)
    {
        transaction.LockedRows.Clear();
        transaction.IsCompleted = true;
        Monitor.PulseAll(sync);
    }

    private static void Release(StoredRow row)
    {
        row.Pending = null;
        row.PendingVersion = 0;
        row.LockOwner = null;
    }

    private StoredRow AcquireLock(string table, Guid id, Transaction transaction)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var row = Find(table, id);
            if (row == null)
            {
                throw Faults.RecordNotFound(table, id);
            }
            if (ReferenceEquals(row.LockOwner, transaction))
            {
                return row.Pending == null ? throw Faults.RecordNotFound(table, id) : row;
            }
            if (row.LockOwner == null)
            {
                if (row.Committed == null)
                {
                    throw Faults.RecordNotFound(table, id);
                }
                row.LockOwner = transaction;
                row.Pending = Values.CopyRow(row.Committed);
                row.PendingVersion = row.CommittedVersion;
                transaction.LockedRows.Add(row);
                return row;
            }
            var remaining = LockTimeout - watch.Elapsed;
            if (remaining <= TimeSpan.Zero || !Monitor.Wait(sync, remaining))
            {
                throw Faults.Create(ErrorCodes.SqlTimeout,
                    $"Generic SQL error: the lock on {table} {id} was not released within {LockTimeout.TotalSeconds:0} seconds.");
            }
        }
    }

    private Dictionary<string, HashSet<Guid>> Index(string table, string column, Dictionary<Guid, StoredRow> rows)
    {
        if (!indexes.TryGetValue((table, column), out var index))
        {
            index = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
            indexes[(table, column)] = index;
            foreach (var row in rows.Values)
            {
                Add(index, row.Id, row.Committed?.GetValueOrDefault(column));
                Add(index, row.Id, row.Pending?.GetValueOrDefault(column));
            }
        }

        return index;
    }

    private void Indexed(string table, string column, Guid id, object? value)
    {
        if (indexes.TryGetValue((table, column), out var index))
        {
            Add(index, id, value);
        }
    }

    private static void Add(Dictionary<string, HashSet<Guid>> index, Guid id, object? value)
    {
        var key = IndexKey(value);
        if (key == null)
        {
            return;
        }

        if (!index.TryGetValue(key, out var ids))
        {
            ids = new HashSet<Guid>();
            index[key] = ids;
        }

        ids.Add(id);
    }

    /// <summary>The index key of a value: equal keys for values the query engine calls equal.</summary>
    private static string? IndexKey(object? value) => Query.ValueComparer.Normalize(value) switch
    {
        null => null,
        string text => "s:" + text.ToUpperInvariant(),
        decimal number => "n:" + number.ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        DateTime date => "d:" + date.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var other => other.GetType().Name + ":" + Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    private StoredRow? Find(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    public IEnumerable<string> TableNames
    {
        get
        {
            lock (sync)
            {
                return tables.Keys.ToArray();
            }
        }
    }
}
