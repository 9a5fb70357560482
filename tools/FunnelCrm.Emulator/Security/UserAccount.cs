using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Security;

/// <summary>A user of the organization with the roles assigned to them. The SYSTEM user holds every privilege.</summary>
public sealed class UserAccount
{
    /// <summary>Describes a user.</summary>
    public UserAccount(Guid id, string name, Guid businessUnitId, IEnumerable<SecurityRole> roles, bool isSystem = false)
    {
        Id = id;
        Name = name;
        BusinessUnitId = businessUnitId;
        Roles = roles.ToArray();
        IsSystem = isSystem;
    }

    /// <summary>The systemuser id.</summary>
    public Guid Id { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The user's business unit.</summary>
    public Guid BusinessUnitId { get; }

    /// <summary>The roles.</summary>
    public IReadOnlyList<SecurityRole> Roles { get; }

    /// <summary>Whether this is SYSTEM.</summary>
    public bool IsSystem { get; }

    /// <summary>Whether any role grants the privilege (SYSTEM always may).</summary>
    public bool HasPrivilege(string privilege) => IsSystem || Roles.Any(r => r.Has(privilege));

    /// <summary>The deepest reach any role grants the privilege with (SYSTEM: Global; null when no role grants it).</summary>
    public PrivilegeDepth? DepthOf(string privilege) =>
        IsSystem ? PrivilegeDepth.Global
        : Roles.Where(r => r.Has(privilege)).Select(r => (PrivilegeDepth?)r.Privileges[privilege]).Max();
}
