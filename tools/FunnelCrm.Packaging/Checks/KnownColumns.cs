using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// The tables and columns a component may name: those customizations.xml defines, plus the built-in standard tables
/// and columns FunnelCrm uses (the emulator's list: lead with its BANT columns, opportunity, contact, account, the
/// activities, campaign, systemuser, team...).
/// </summary>
public sealed class KnownColumns
{
    private static readonly MetadataCatalog Standard = StandardTables.CreateCatalog();
    private readonly Dictionary<string, HashSet<string>> tables = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The known columns of a package.</summary>
    public KnownColumns(SolutionPackage package)
    {
        foreach (var table in Standard.Tables.Values)
        {
            Columns(table.LogicalName).UnionWith(table.Columns.Keys);
        }

        foreach (var entity in package.Entities)
        {
            var columns = Columns(SolutionPackage.LogicalNameOf(entity));
            columns.UnionWith(entity.Descendants("attribute").Select(a => (a.Element("LogicalName")?.Value ?? a.Attribute("PhysicalName")?.Value ?? "").ToLowerInvariant()));
        }
    }

    /// <summary>Whether Dataverse's own metadata (as far as FunnelCrm uses it) has the table.</summary>
    public static bool IsStandardTable(string table) => Standard.FindTable(table) != null;

    /// <summary>Whether a column name belongs to some standard table (a system column a custom table also carries).</summary>
    public static bool IsSystemColumn(string column) =>
        column is "statecode" or "statuscode" or "organizationid" or "activityid" || Standard.Tables.Values.Any(t => t.FindColumn(column) != null);

    /// <summary>Whether the table exists.</summary>
    public bool HasTable(string table) => tables.ContainsKey(table);

    /// <summary>Whether the column exists on the table.</summary>
    public bool Has(string table, string column) => tables.TryGetValue(table, out var columns) && columns.Contains(column);

    private HashSet<string> Columns(string table)
    {
        if (!tables.TryGetValue(table, out var columns))
        {
            columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            tables[table] = columns;
        }

        return columns;
    }
}
