using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Json;

/// <summary>
/// Which properties of a record a response shows: the selected columns (every column when the request selects none;
/// the primary key always; a money column brings its currency lookup) and the expanded single-valued navigation properties.
/// </summary>
public sealed class RecordShape
{
    /// <summary>Describes a shape; <paramref name="selected"/> null means every column.</summary>
    public RecordShape(TableMetadata table, IReadOnlyList<ColumnMetadata>? selected, IReadOnlyList<Expansion> expansions)
    {
        Table = table;
        SelectedNames = selected?.Select(ApiModel.PropertyName).ToList();
        var columns = selected ?? table.Columns.Values.Where(c => c.Type != ColumnType.PartyList).ToList();
        var withKey = columns.Append(table.Columns[table.PrimaryIdColumn]);
        if (columns.Any(c => c.Type == ColumnType.Money) && table.FindColumn("transactioncurrencyid") is { } currency)
        {
            withKey = withKey.Append(currency);
        }
        Columns = withKey.Distinct().ToList();
        Expansions = expansions;
    }

    /// <summary>The table.</summary>
    public TableMetadata Table { get; }

    /// <summary>The columns written, in order.</summary>
    public IReadOnlyList<ColumnMetadata> Columns { get; }

    /// <summary>The property names the request selected (for <c>@odata.context</c>), or null.</summary>
    public IReadOnlyList<string>? SelectedNames { get; }

    /// <summary>The expanded navigation properties.</summary>
    public IReadOnlyList<Expansion> Expansions { get; }

    /// <summary>The emulator column set that reads what this shape writes.</summary>
    public ColumnSet ColumnSet => SelectedNames == null && Expansions.Count == 0
        ? new ColumnSet(true)
        : new ColumnSet(Columns.Select(c => c.LogicalName).Concat(Expansions.Select(e => e.Navigation.Column)).Distinct().ToArray());

    /// <summary>The select list of <c>@odata.context</c>: <c>(name,revenue)</c>, or "" without $select.</summary>
    public string ContextSelect => SelectedNames == null && Expansions.Count == 0
        ? ""
        : "(" + string.Join(",", (SelectedNames ?? new List<string>()).Concat(Expansions.Select(e => e.Navigation.Name + e.Shape.ContextSelect))) + ")";
}

/// <summary>An expanded single-valued navigation property and the shape of the related record.</summary>
public sealed class Expansion
{
    /// <summary>Describes an expansion.</summary>
    public Expansion(NavigationProperty navigation, RecordShape shape)
    {
        Navigation = navigation;
        Shape = shape;
    }

    /// <summary>The navigation property.</summary>
    public NavigationProperty Navigation { get; }

    /// <summary>What the related record shows.</summary>
    public RecordShape Shape { get; }
}
