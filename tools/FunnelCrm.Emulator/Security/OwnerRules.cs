using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Security;

/// <summary>
/// Who may own a row: an enabled user, and a user or team that holds the table's Read privilege (an owner must be
/// able to read what it owns). Checked when Create names an owner, when Update changes ownerid and on Assign.
/// </summary>
internal static class OwnerRules
{
    public static void Require(Organization organization, Transaction? transaction, TableMetadata table, EntityReference owner)
    {
        var read = SecurityService.PrivilegeName("Read", table);
        IEnumerable<SecurityRole> roles;
        if (owner.LogicalName == "systemuser")
        {
            var user = organization.Store.Read("systemuser", owner.Id, transaction) ?? throw Faults.RecordNotFound("systemuser", owner.Id);
            if (user.Values.GetValueOrDefault("isdisabled") is true)
            {
                throw Faults.InvalidArgument($"The user {user.Values.GetValueOrDefault("fullname")} ({owner.Id}) is disabled: a {table.LogicalName} cannot be assigned to a disabled user.");
            }
            var account = organization.Security.Find(owner.Id);
            if (account is { IsSystem: true })
            {
                return;
            }
            roles = account?.Roles ?? Enumerable.Empty<SecurityRole>();
        }
        else
        {
            roles = organization.Store.ScanWhereEquals("teamroles", transaction, "teamid", new object?[] { owner.Id }, v => v.GetValueOrDefault("teamid") is System.Guid id && id == owner.Id)
                .Select(r => r.Values.GetValueOrDefault("roleid") is System.Guid roleId ? organization.Roles.Find(roleId) : null)
                .Where(r => r != null)
                .Select(r => r!);
        }
        if (!roles.Any(r => r.Has(read)))
        {
            throw Faults.Create(ErrorCodes.PrivilegeDenied,
                $"The {owner.LogicalName} {owner.Id} cannot own a {table.LogicalName}: it holds no role with {read} (an owner must be able to read the record).");
        }
    }
}
