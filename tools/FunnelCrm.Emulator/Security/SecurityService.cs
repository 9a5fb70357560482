using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Security;

/// <summary>The organization's users and the privilege check every core operation makes.</summary>
internal sealed class SecurityService
{
    private readonly ConcurrentDictionary<Guid, UserAccount> users = new();

    public void Add(UserAccount user) => users[user.Id] = user;

    public UserAccount GetUser(Guid id) =>
        users.TryGetValue(id, out var user) ? user : throw Faults.RecordNotFound("systemuser", id);

    public UserAccount? Find(Guid id) => users.TryGetValue(id, out var user) ? user : null;

    /// <summary>The privilege for a verb on a table: activity tables, custom ones included, share the Activity entity's (prvCreateActivity, ...).</summary>
    public static string PrivilegeName(string verb, TableMetadata table) => $"prv{verb}{(table.IsActivity ? "Activity" : table.SchemaName)}";

    public void Require(UserAccount user, string verb, TableMetadata table)
    {
        var privilege = PrivilegeName(verb, table);
        if (!user.HasPrivilege(privilege))
        {
            throw Faults.Create(ErrorCodes.PrivilegeDenied,
                $"Principal user (Id={user.Id}, type=8, roleCount={user.Roles.Count}), is missing {privilege} privilege on entity '{table.LogicalName}'. Consider adding a security role that grants {privilege}.");
        }
    }

    /// <summary>
    /// Dataverse's access check after its privilege check: fails with 0x80048306 when the depth at which the user holds
    /// the privilege does not reach the row (<see cref="Reaches"/>), in the words Microsoft's troubleshooting page gives.
    /// </summary>
    public void RequireOnRow(UserAccount user, string verb, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> row, Principals principals)
    {
        Require(user, verb, table);
        if (!Reaches(user, verb, table, row, principals))
        {
            throw Faults.Create(ErrorCodes.AccessCheckFailed,
                $"Principal with id {user.Id} does not have {verb}Access right(s) for record with id {id} of entity {table.LogicalName}.");
        }
    }

    /// <summary>
    /// Whether the user's privilege for <paramref name="verb"/> reaches the row ("How access to a record is determined"):
    /// a row the user or one of the user's teams owns at any depth; Local, the rows of the user's business unit; Deep,
    /// those of the unit and every unit below it; Global, all. Rows of organization-owned tables need only the privilege.
    /// </summary>
    public bool Reaches(UserAccount user, string verb, TableMetadata table, IReadOnlyDictionary<string, object?> row, Principals principals)
    {
        var depth = user.DepthOf(PrivilegeName(verb, table));
        if (depth == null || table.Ownership != Ownership.UserOwned || depth == PrivilegeDepth.Global)
        {
            return depth != null;
        }
        if (row.GetValueOrDefault("ownerid") is EntityReference owner && principals.Owns(user.Id, owner))
        {
            return true;
        }
        return (row.GetValueOrDefault("owningbusinessunit") as EntityReference)?.Id is Guid unit && depth switch
        {
            PrivilegeDepth.Local => unit == user.BusinessUnitId,
            PrivilegeDepth.Deep => principals.IsWithin(unit, user.BusinessUnitId),
            _ => false,
        };
    }

    /// <summary>Fails naming the privilege when the user's roles do not grant it (a message's ExecutePrivilegeName).</summary>
    public void RequirePrivilege(UserAccount user, string privilege)
    {
        if (!user.HasPrivilege(privilege))
        {
            throw Faults.Create(ErrorCodes.PrivilegeDenied,
                $"Principal user (Id={user.Id}, type=8, roleCount={user.Roles.Count}), is missing {privilege} privilege. Consider adding a security role that grants {privilege}.");
        }
    }
}
