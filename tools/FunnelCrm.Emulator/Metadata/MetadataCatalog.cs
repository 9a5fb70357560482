using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>Everything the organization knows about tables: the built-in standard set plus what solutions declare.</summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableMetadata> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipMetadata> relationships = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ColumnMapping> mappings = new();
    private readonly Dictionary<string, int[]> globalOptionSets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyDictionary<int, LocalizedLabel>> globalOptionLabels = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tables by logical name.</summary>
    public IReadOnlyDictionary<string, TableMetadata> Tables => tables;

    /// <summary>The relationships by schema name.</summary>
    public IReadOnlyDictionary<string, RelationshipMetadata> Relationships => relationships;

    /// <summary>The column mappings.</summary>
    public IReadOnlyList<ColumnMapping> Mappings => mappings;

    /// <summary>Global option sets by name, with their values.</summary>
    public IReadOnlyDictionary<string, int[]> GlobalOptionSets => globalOptionSets;

    /// <summary>Adds a table, or returns the existing one with that name.</summary>
    public TableMetadata AddTable(TableMetadata table)
    {
        if (tables.TryGetValue(table.LogicalName, out var existing))
        {
            return existing;
        }
        tables[table.LogicalName] = table;
        return table;
    }

    /// <summary>Adds or replaces a relationship.</summary>
    public void AddRelationship(RelationshipMetadata relationship) => relationships[relationship.SchemaName] = relationship;

    /// <summary>Adds a column mapping (a repeated mapping is kept once).</summary>
    public void AddMapping(ColumnMapping mapping)
    {
        if (!mappings.Any(m => m.SourceTable == mapping.SourceTable && m.TargetTable == mapping.TargetTable
                && m.SourceColumn == mapping.SourceColumn && m.TargetColumn == mapping.TargetColumn))
        {
            mappings.Add(mapping);
        }
    }

    /// <summary>Adds or replaces a global option set.</summary>
    public void AddGlobalOptionSet(string name, IEnumerable<int> values) => globalOptionSets[name] = values.ToArray();

    /// <summary>Adds or replaces a global option set with the labels of its values.</summary>
    public void AddGlobalOptionSet(string name, IReadOnlyDictionary<int, LocalizedLabel> labels)
    {
        AddGlobalOptionSet(name, labels.Keys);
        globalOptionLabels[name] = labels;
    }

    /// <summary>The table, or null.</summary>
    public TableMetadata? FindTable(string logicalName) =>
        tables.TryGetValue(logicalName ?? "", out var table) ? table : null;

    /// <summary>The table; an unknown name fails as Dataverse fails.</summary>
    public TableMetadata GetTable(string logicalName) =>
        FindTable(logicalName) ?? throw Faults.UnknownTable(logicalName);

    /// <summary>The column; an unknown table or column fails as Dataverse fails, naming both.</summary>
    public ColumnMetadata GetColumn(string table, string column) =>
        GetTable(table).FindColumn(column) ?? throw Faults.UnknownColumn(table, column);

    /// <summary>The mappings from one table to another.</summary>
    public IEnumerable<ColumnMapping> MappingsBetween(string source, string target) =>
        mappings.Where(m => m.SourceTable == source && m.TargetTable == target);

    /// <summary>Resolves choice columns that name a global option set to that set's values and labels.</summary>
    internal void ResolveGlobalOptionSets()
    {
        foreach (var column in tables.Values.SelectMany(t => t.Columns.Values))
        {
            if (column.OptionSetName != null && globalOptionSets.TryGetValue(column.OptionSetName, out var values))
            {
                column.SetOptions(values);
                if (globalOptionLabels.TryGetValue(column.OptionSetName, out var labels))
                {
                    column.WithOptionLabels(labels);
                }
            }
        }
    }
}
