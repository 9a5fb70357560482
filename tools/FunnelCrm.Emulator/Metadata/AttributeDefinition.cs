namespace FunnelCrm.Emulator.Metadata;

/// <summary>
/// A column's definition as RetrieveAttribute returns it, standing in for the SDK's AttributeMetadata classes with the
/// members of theirs that code reads: LogicalName, EntityLogicalName, and DefaultValue (a yes/no column's default, as
/// BooleanAttributeMetadata.DefaultValue holds it).
/// </summary>
public sealed class AttributeDefinition
{
    internal AttributeDefinition(string table, ColumnMetadata column)
    {
        EntityLogicalName = table;
        LogicalName = column.LogicalName;
        DefaultValue = column.DefaultValue;
    }

    /// <summary>The table's logical name.</summary>
    public string EntityLogicalName { get; }

    /// <summary>The column's logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The value a Create that leaves the column out stores, or null.</summary>
    public object? DefaultValue { get; }
}
