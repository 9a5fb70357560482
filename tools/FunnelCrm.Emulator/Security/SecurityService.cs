using System;
using System.Collections.Concurrent;
using FunnelCrm.Emulator.Metadata;

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
