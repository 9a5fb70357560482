using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using Microsoft.OData.Edm;

namespace FunnelCrm.Emulator.WebApi.Model;

/// <summary>
/// The organization's metadata as the Web API shows it: an EDM model in the <c>Microsoft.Dynamics.CRM</c> namespace
/// (one entity type and entity set per table, lookups as <c>_{column}_value</c> properties and single-valued navigation
/// properties) and the maps between entity sets, tables, properties and columns.
/// </summary>
public sealed class ApiModel
{
    /// <summary>The namespace of Dataverse's types and operations.</summary>
    public const string Namespace = "Microsoft.Dynamics.CRM";

    private readonly Dictionary<string, TableMetadata> bySet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdmEntitySet> sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NavigationProperty>> navigations = new(StringComparer.Ordinal);

    private ApiModel(MetadataCatalog catalog)
    {
        Catalog = catalog;
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "System");
        model.AddElement(container);
        var types = new Dictionary<string, EdmEntityType>(StringComparer.Ordinal);
        foreach (var table in catalog.Tables.Values.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            var type = new EdmEntityType(Namespace, table.LogicalName);
            foreach (var column in table.Columns.Values)
            {
                AddProperty(type, table, column);
            }
            model.AddElement(type);
            types[table.LogicalName] = type;
            bySet[table.EntitySetName] = table;
            sets[table.LogicalName] = container.AddEntitySet(table.EntitySetName, type);
        }
        foreach (var table in catalog.Tables.Values)
        {
            var byName = new Dictionary<string, NavigationProperty>(StringComparer.Ordinal);
            foreach (var navigation in NavigationNames.Of(catalog, table).Where(n => types.ContainsKey(n.TargetTable)))
            {
                if (!byName.TryAdd(navigation.Name, navigation) || types[table.LogicalName].FindProperty(navigation.Name) != null)
                {
                    continue;
                }
                var property = types[table.LogicalName].AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                {
                    Name = navigation.Name,
                    Target = types[navigation.TargetTable],
                    TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                });
                sets[table.LogicalName].AddNavigationTarget(property, sets[navigation.TargetTable]);
            }
            navigations[table.LogicalName] = byName;
        }
        Edm = model;
    }

    /// <summary>The catalog the model was built from.</summary>
    public MetadataCatalog Catalog { get; }

    /// <summary>The EDM model (what <c>$metadata</c> serves and the query parser reads).</summary>
    public IEdmModel Edm { get; }

    /// <summary>Builds the model of a catalog.</summary>
    public static ApiModel Build(MetadataCatalog catalog) => new(catalog);

    /// <summary>The table behind an entity set name, or null.</summary>
    public TableMetadata? TableOfSet(string entitySetName) => bySet.TryGetValue(entitySetName, out var table) ? table : null;

    /// <summary>The table by logical name, or null.</summary>
    public TableMetadata? Table(string logicalName) => Catalog.FindTable(logicalName);

    /// <summary>The EDM entity set of a table.</summary>
    public EdmEntitySet EntitySet(TableMetadata table) => sets[table.LogicalName];

    /// <summary>A navigation property of a table by its (case-sensitive) name, or null.</summary>
    public NavigationProperty? Navigation(TableMetadata table, string name) =>
        navigations.TryGetValue(table.LogicalName, out var byName) && byName.TryGetValue(name, out var navigation) ? navigation : null;

    /// <summary>The navigation property that sets <paramref name="column"/> to a row of <paramref name="target"/>, or null.</summary>
    public NavigationProperty? NavigationFor(TableMetadata table, string column, string target) =>
        navigations.TryGetValue(table.LogicalName, out var byName)
            ? byName.Values.FirstOrDefault(n => n.Column == column && n.TargetTable == target)
              ?? byName.Values.FirstOrDefault(n => n.Column == column)
            : null;

    /// <summary>The Web API property name of a column: <c>_{column}_value</c> for lookups, the logical name otherwise.</summary>
    public static string PropertyName(ColumnMetadata column) => IsLookup(column) ? "_" + column.LogicalName + "_value" : column.LogicalName;

    /// <summary>The column behind a Web API property name (<c>_x_value</c> is the lookup x), or null.</summary>
    public static ColumnMetadata? ColumnOfProperty(TableMetadata table, string property)
    {
        if (property.Length > 7 && property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal))
        {
            var lookup = table.FindColumn(property.Substring(1, property.Length - 7));
            return lookup != null && IsLookup(lookup) ? lookup : null;
        }
        var column = table.FindColumn(property);
        return column != null && !IsLookup(column) && column.Type != ColumnType.PartyList ? column : null;
    }

    /// <summary>Whether the column is a lookup (Lookup, Customer, Owner).</summary>
    public static bool IsLookup(ColumnMetadata column) => column.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    private static void AddProperty(EdmEntityType type, TableMetadata table, ColumnMetadata column)
    {
        if (column.Type == ColumnType.PartyList)
        {
            return;
        }
        var kind = column.Type switch
        {
            ColumnType.PrimaryKey or ColumnType.UniqueIdentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => EdmPrimitiveTypeKind.Guid,
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
            ColumnType.BigInt => EdmPrimitiveTypeKind.Int64,
            ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
            ColumnType.Double => EdmPrimitiveTypeKind.Double,
            ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
            ColumnType.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
            _ => EdmPrimitiveTypeKind.String,
        };
        var property = type.AddStructuralProperty(PropertyName(column), kind, column.Type != ColumnType.PrimaryKey);
        if (column.LogicalName == table.PrimaryIdColumn)
        {
            type.AddKeys(property);
        }
    }
}
