using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.WebApi.Model;

/// <summary>
/// The single-valued navigation properties of a table, named as Dataverse names them: the name a solution gives the
/// relationship (<c>fcm_LeadId</c>); for a lookup with one target its logical name (<c>parentaccountid</c>,
/// <c>transactioncurrencyid</c>); for a customer or other multi-table lookup <c>{column}_{target}</c>
/// (<c>parentcustomerid_account</c>); for an activity's regarding <c>regardingobjectid_{target}_{activity}</c>
/// (<c>regardingobjectid_account_task</c>); the owner lookup is <c>ownerid</c> (a user here: the emulator has no principal type).
/// </summary>
public static class NavigationNames
{
    /// <summary>The navigation properties of <paramref name="table"/> whose targets the catalog knows (a lookup without declared targets points where its relationships say).</summary>
    public static IReadOnlyList<NavigationProperty> Of(MetadataCatalog catalog, TableMetadata table)
    {
        var named = catalog.Relationships.Values
            .Where(r => !r.IsManyToMany && r.ReferencingTable == table.LogicalName && r.ReferencingNavigationProperty != null)
            .GroupBy(r => r.ReferencingColumn)
            .ToDictionary(g => g.Key, g => g.First());
        var result = new List<NavigationProperty>();
        foreach (var column in table.Columns.Values.Where(c => c.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner))
        {
            var targets = (column.Targets.Count > 0
                    ? column.Targets
                    : catalog.Relationships.Values.Where(r => !r.IsManyToMany && r.ReferencingTable == table.LogicalName && r.ReferencingColumn == column.LogicalName)
                        .Select(r => r.ReferencedTable))
                .Where(t => catalog.FindTable(t) != null).Distinct().ToList();
            if (named.TryGetValue(column.LogicalName, out var relationship) && targets.Count <= 1)
            {
                result.Add(new NavigationProperty(relationship.ReferencingNavigationProperty!, column.LogicalName, relationship.ReferencedTable));
                continue;
            }
            if (column.Type == ColumnType.Owner)
            {
                result.Add(new NavigationProperty(column.LogicalName, column.LogicalName, "systemuser"));
                continue;
            }
            if (targets.Count == 1)
            {
                result.Add(new NavigationProperty(column.LogicalName, column.LogicalName, targets[0]));
                continue;
            }
            foreach (var target in targets)
            {
                var name = column.LogicalName == "regardingobjectid" && table.IsActivity
                    ? $"regardingobjectid_{target}_{table.LogicalName}"
                    : $"{column.LogicalName}_{target}";
                result.Add(new NavigationProperty(name, column.LogicalName, target));
            }
        }
        return result;
    }
}
