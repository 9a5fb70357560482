using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Security;

/// <summary>
/// Column-level security as Microsoft documents it: a secured column (IsSecured) is read, set on create and changed
/// only by members of a field security profile (users directly, or through a team) whose field permission allows it,
/// and by SYSTEM and System Administrators. Creating or updating a row with a secured column the user may not set fails
/// (checked on the Target as it reaches the main operation, pre-operation changes included); reading returns no data
/// for a secured column the user may not read, so a caller cannot tell it from an empty value.
/// </summary>
internal static class ColumnSecurity
{
    /// <summary>The role whose holders have every field permission (Dataverse's System Administrator profile).</summary>
    public const string SystemAdministrator = "System Administrator";

    public static void RequireCreate(Organization organization, Transaction? transaction, UserAccount user, TableMetadata table, Entity target)
    {
        if (Denied(organization, transaction, user, table, target.Attributes.Where(a => a.Value != null).Select(a => a.Key), p => p.CanCreate).Any())
        {
            throw Faults.Create(ErrorCodes.AttributePrivilegeCreateIsMissing, "The user does not have create permissions to a secured field. The requested operation could not be completed.");
        }
    }

    public static void RequireUpdate(Organization organization, Transaction? transaction, UserAccount user, TableMetadata table, Entity target)
    {
        if (Denied(organization, transaction, user, table, target.Attributes.Keys, p => p.CanUpdate).Any())
        {
            throw Faults.Create(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, "The user doesn't have AttributePrivilegeUpdate and not granted shared access for a secured attribute during update operation");
        }
    }

    /// <summary>Removes from a row the caller reads the secured columns the user may not read (its own and linked tables' aliased ones).</summary>
    public static void HideUnreadable(Organization organization, Transaction? transaction, UserAccount user, Entity entity)
    {
        var own = organization.Metadata.FindTable(entity.LogicalName);
        var hidden = new List<string>();
        if (own != null)
        {
            hidden.AddRange(Denied(organization, transaction, user, own, entity.Attributes.Keys.Where(k => !k.Contains('.')), p => p.CanRead));
        }

        foreach (var linked in entity.Attributes.Where(a => a.Value is AliasedValue).GroupBy(a => ((AliasedValue)a.Value!).EntityLogicalName))
        {
            var table = organization.Metadata.FindTable(linked.Key ?? "");
            if (table != null)
            {
                var denied = Denied(organization, transaction, user, table, linked.Select(a => ((AliasedValue)a.Value!).AttributeLogicalName), p => p.CanRead).ToHashSet(StringComparer.Ordinal);
                hidden.AddRange(linked.Where(a => denied.Contains(((AliasedValue)a.Value!).AttributeLogicalName)).Select(a => a.Key));
            }
        }

        foreach (var column in hidden)
        {
            entity.Attributes.Remove(column);
            entity.FormattedValues.Remove(column);
        }
    }

    private static IEnumerable<string> Denied(Organization organization, Transaction? transaction, UserAccount user, TableMetadata table, IEnumerable<string> columns,
        Func<FieldPermission, bool> allows)
    {
        var secured = columns.Where(c => table.FindColumn(c)?.IsSecured == true).ToList();
        if (secured.Count == 0 || user.IsSystem || user.Roles.Any(r => string.Equals(r.Name, SystemAdministrator, StringComparison.OrdinalIgnoreCase)))
        {
            return secured.Take(0);
        }

        var granted = Permissions(organization, transaction, user, table.LogicalName).Where(allows).Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        return secured.Where(c => !granted.Contains(c));
    }

    /// <summary>The permissions on the table of every profile the user is a member of, directly or through a team.</summary>
    private static IEnumerable<FieldPermission> Permissions(Organization organization, Transaction? transaction, UserAccount user, string table)
    {
        var store = organization.Store;
        var teams = store.ScanWhereEquals("teammembership", transaction, "systemuserid", new object?[] { user.Id }, v => Equals(v.GetValueOrDefault("systemuserid"), user.Id))
            .Select(r => r.Values.GetValueOrDefault("teamid")).ToList();
        var profiles = store.ScanWhereEquals("systemuserprofiles", transaction, "systemuserid", new object?[] { user.Id }, v => Equals(v.GetValueOrDefault("systemuserid"), user.Id))
            .Concat(teams.Count == 0 ? Enumerable.Empty<(Guid, Dictionary<string, object?>, long)>()
                : store.ScanWhereEquals("teamprofiles", transaction, "teamid", teams, v => teams.Contains(v.GetValueOrDefault("teamid"))))
            .Select(r => r.Item2.GetValueOrDefault("fieldsecurityprofileid"))
            .OfType<Guid>()
            .Distinct()
            .ToList();
        if (profiles.Count == 0)
        {
            return Enumerable.Empty<FieldPermission>();
        }

        return store.ScanWhereEquals("fieldpermission", transaction, "entityname", new object?[] { table }, v => Equals(v.GetValueOrDefault("entityname"), table))
            .Where(r => r.Values.GetValueOrDefault("fieldsecurityprofileid") is EntityReference profile && profiles.Contains(profile.Id))
            .Select(r => new FieldPermission(table, (string)r.Values["attributelogicalname"]!, Allowed(r.Values, "canread"), Allowed(r.Values, "cancreate"), Allowed(r.Values, "canupdate")));
    }

    private static bool Allowed(Dictionary<string, object?> values, string column) => (values.GetValueOrDefault(column) as OptionSetValue)?.Value == 4;
}
