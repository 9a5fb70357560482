using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>One column of a table: its logical name, type, lookup targets, allowed option values and their labels.</summary>
public sealed class ColumnMetadata
{
    private IReadOnlyDictionary<int, LocalizedLabel> optionLabels = new Dictionary<int, LocalizedLabel>();

    /// <summary>Describes a column.</summary>
    public ColumnMetadata(string logicalName, ColumnType type, IEnumerable<string>? targets = null, IEnumerable<int>? options = null)
    {
        LogicalName = logicalName.ToLowerInvariant();
        Type = type;
        Targets = (targets ?? Array.Empty<string>()).Select(t => t.ToLowerInvariant()).ToArray();
        Options = options?.ToArray();
    }

    /// <summary>The column's logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The data type.</summary>
    public ColumnType Type { get; }

    /// <summary>For lookups: the tables it may point to (empty: any).</summary>
    public IReadOnlyList<string> Targets { get; private set; }

    /// <summary>For choices, state and status: the allowed values (null: not checked).</summary>
    public IReadOnlyList<int>? Options { get; private set; }

    /// <summary>For text: the maximum length (null: not checked).</summary>
    public int? MaxLength { get; init; }

    /// <summary>For numbers: the smallest allowed value.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>For numbers: the largest allowed value.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Whether column-level security applies (the solution's IsSecured): only field security profiles grant access.</summary>
    public bool IsSecured { get; init; }

    /// <summary>The value a Create that leaves the column out stores (and RetrieveAttribute reports), or null without one.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The option set's name when the choice uses a global option set declared elsewhere.</summary>
    public string? OptionSetName { get; init; }

    /// <summary>The column's display name (empty when the metadata has none).</summary>
    public LocalizedLabel DisplayName { get; private set; } = LocalizedLabel.None;

    /// <summary>The label of a choice, state or status value in <paramref name="language"/>; null when the metadata has none.</summary>
    public string? OptionLabel(int value, int language = LocalizedLabel.BaseLanguage) =>
        optionLabels.TryGetValue(value, out var label) ? label.In(language) : null;

    internal void SetOptions(IEnumerable<int> values) => Options = values.ToArray();

    internal ColumnMetadata WithDisplayName(LocalizedLabel name)
    {
        DisplayName = name;
        return this;
    }

    internal ColumnMetadata WithOptionLabels(IReadOnlyDictionary<int, LocalizedLabel> labels)
    {
        optionLabels = labels;
        return this;
    }

    internal void SetTargets(IEnumerable<string> tables) => Targets = tables.Select(t => t.ToLowerInvariant()).Distinct().ToArray();
}
