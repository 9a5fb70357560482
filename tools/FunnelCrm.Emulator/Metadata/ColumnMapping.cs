namespace FunnelCrm.Emulator.Metadata;

/// <summary>A column mapping: when a <see cref="TargetTable"/> row is made from a <see cref="SourceTable"/> row (e.g. QualifyLead), the value is copied.</summary>
public sealed class ColumnMapping
{
    /// <summary>Declares a mapping.</summary>
    public ColumnMapping(string sourceTable, string sourceColumn, string targetTable, string targetColumn)
    {
        SourceTable = sourceTable.ToLowerInvariant();
        SourceColumn = sourceColumn.ToLowerInvariant();
        TargetTable = targetTable.ToLowerInvariant();
        TargetColumn = targetColumn.ToLowerInvariant();
    }

    /// <summary>The table the value comes from.</summary>
    public string SourceTable { get; }

    /// <summary>The column the value comes from.</summary>
    public string SourceColumn { get; }

    /// <summary>The table the value goes to.</summary>
    public string TargetTable { get; }

    /// <summary>The column the value goes to.</summary>
    public string TargetColumn { get; }
}
