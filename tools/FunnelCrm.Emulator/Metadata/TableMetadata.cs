using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>One table: its columns, state/status pairs, alternate keys and the states in which rows are read-only.</summary>
public sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnMetadata> columns = new(StringComparer.Ordinal);
    private readonly List<StateStatus> statuses = new();
    private readonly List<AlternateKey> keys = new();
    private readonly HashSet<int> readOnlyStates = new();
    private string? entitySetName;

    /// <summary>Describes a table; the primary key column (<c>{name}id</c>) is added for you.</summary>
    public TableMetadata(string logicalName, Ownership ownership, string? schemaName = null, string? primaryIdColumn = null, string? primaryNameColumn = null, bool isActivity = false)
    {
        LogicalName = logicalName.ToLowerInvariant();
        SchemaName = schemaName ?? LogicalName;
        Ownership = ownership;
        IsActivity = isActivity;
        PrimaryIdColumn = (primaryIdColumn ?? (isActivity ? "activityid" : LogicalName + "id")).ToLowerInvariant();
        PrimaryNameColumn = primaryNameColumn?.ToLowerInvariant();
        AddColumn(new ColumnMetadata(PrimaryIdColumn, ColumnType.PrimaryKey));
    }

    /// <summary>The logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The schema name (privilege names use it, e.g. prvWriteLead).</summary>
    public string SchemaName { get; internal set; }

    /// <summary>User or organization owned.</summary>
    public Ownership Ownership { get; internal set; }

    /// <summary>Whether this is an activity table.</summary>
    public bool IsActivity { get; }

    /// <summary>The primary key column.</summary>
    public string PrimaryIdColumn { get; }

    /// <summary>The primary name column, if any.</summary>
    public string? PrimaryNameColumn { get; internal set; }

    /// <summary>The Web API entity set name (<c>leads</c>, <c>fcm_interactions</c>): the solution's EntitySetName, else the logical name with an s.</summary>
    public string EntitySetName
    {
        get => entitySetName ?? LogicalName + "s";
        internal set => entitySetName = value;
    }

    /// <summary>The columns by logical name.</summary>
    public IReadOnlyDictionary<string, ColumnMetadata> Columns => columns;

    /// <summary>The state/status pairs (empty when the table has no statecode).</summary>
    public IReadOnlyList<StateStatus> Statuses => statuses;

    /// <summary>The alternate keys.</summary>
    public IReadOnlyList<AlternateKey> AlternateKeys => keys;

    /// <summary>States in which an Update is refused (a qualified lead, a won opportunity).</summary>
    public IReadOnlyCollection<int> ReadOnlyStates => readOnlyStates;

    /// <summary>Adds or replaces a column.</summary>
    public TableMetadata AddColumn(ColumnMetadata column)
    {
        columns[column.LogicalName] = column;
        return this;
    }

    /// <summary>Adds columns.</summary>
    public TableMetadata AddColumns(params ColumnMetadata[] added)
    {
        foreach (var column in added)
        {
            AddColumn(column);
        }
        return this;
    }

    /// <summary>Declares statecode/statuscode with their pairs; the first status of each state is its default.</summary>
    public TableMetadata WithStates(params (int State, int Status)[] pairs)
    {
        statuses.Clear();
        var seen = new HashSet<int>();
        foreach (var (state, status) in pairs)
        {
            statuses.Add(new StateStatus(state, status, seen.Add(state)));
        }
        AddColumn(new ColumnMetadata("statecode", ColumnType.State, options: pairs.Select(p => p.State).Distinct()));
        AddColumn(new ColumnMetadata("statuscode", ColumnType.Status, options: pairs.Select(p => p.Status)));
        return this;
    }

    /// <summary>Names the table's Web API entity set.</summary>
    public TableMetadata WithEntitySetName(string name)
    {
        EntitySetName = name;
        return this;
    }

    /// <summary>Declares states in which rows refuse Update.</summary>
    public TableMetadata WithReadOnlyStates(params int[] states)
    {
        readOnlyStates.UnionWith(states);
        return this;
    }

    /// <summary>Adds an alternate key.</summary>
    public TableMetadata AddAlternateKey(AlternateKey key)
    {
        keys.Add(key);
        return this;
    }

    /// <summary>The column, or null when the table has none by that name.</summary>
    public ColumnMetadata? FindColumn(string logicalName) =>
        columns.TryGetValue(logicalName, out var column) ? column : null;

    /// <summary>The default status of a state, or null when the state is unknown.</summary>
    public int? DefaultStatus(int state) =>
        statuses.FirstOrDefault(s => s.State == state && s.IsDefaultForState)?.Status;

    /// <summary>Whether the table has state and status columns.</summary>
    public bool HasStates => statuses.Count > 0;
}
