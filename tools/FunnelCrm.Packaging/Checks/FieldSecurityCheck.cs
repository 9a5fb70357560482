using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Every field permission of a field security profile names a column of the solution that is secured (IsSecured 1):
/// Dataverse applies a profile's permissions to secured columns only, so a permission on any other column protects
/// nothing. Its CanRead, CanUpdate and CanCreate are 0 (not allowed) or 4 (allowed), the values of FieldPermissionType.
/// </summary>
public static class FieldSecurityCheck
{
    private static readonly string[] Permissions = { "CanRead", "CanUpdate", "CanCreate" };

    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var columns = package.Entities
            .SelectMany(e => e.Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null).Select(a => (Table: SolutionPackage.LogicalNameOf(e), Column: a)))
            .ToLookup(c => (c.Table.ToLowerInvariant(), (c.Column.Element("LogicalName")?.Value ?? "").ToLowerInvariant()), c => c.Column);
        foreach (var permission in package.Block("FieldSecurityProfiles", "FieldSecurityProfile").Descendants("FieldPermission"))
        {
            var table = permission.Element("EntityName")?.Value.Trim() ?? "";
            var column = permission.Element("AttributeName")?.Value.Trim() ?? "";
            var definition = columns[(table.ToLowerInvariant(), column.ToLowerInvariant())].FirstOrDefault();
            if (definition == null)
            {
                yield return new PackFailure(ComponentNames.Describe(permission), "its column " + table + "." + column + " is not a column of the solution, so the permission secures nothing.");
            }
            else if (definition.Element("IsSecured")?.Value != "1")
            {
                yield return new PackFailure(ComponentNames.Describe(permission), "its column " + table + "." + column + " is not secured (IsSecured is not 1 in " + ComponentNames.Describe(definition)
                    + "), and Dataverse applies field permissions to secured columns only.");
            }

            foreach (var name in Permissions.Where(p => permission.Element(p)?.Value.Trim() is not ("0" or "4")))
            {
                yield return new PackFailure(ComponentNames.Describe(permission), "its " + name + " is '" + permission.Element(name)?.Value + "'; it must be 0 (not allowed) or 4 (allowed).");
            }
        }
    }
}
