using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Security;

/// <summary>A security role: its privileges by name (e.g. prvWriteLead) with the depth each reaches.</summary>
public sealed class SecurityRole
{
    private readonly Dictionary<string, PrivilegeDepth> privileges = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Declares a role.</summary>
    public SecurityRole(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The role id.</summary>
    public Guid Id { get; }

    /// <summary>The role name.</summary>
    public string Name { get; }

    /// <summary>Privilege name to depth.</summary>
    public IReadOnlyDictionary<string, PrivilegeDepth> Privileges => privileges;

    /// <summary>Grants a privilege at a depth (names compare without case: prvWritelead is prvWriteLead).</summary>
    public SecurityRole Grant(string privilege, PrivilegeDepth depth = PrivilegeDepth.Global)
    {
        privileges[privilege] = depth;
        return this;
    }

    /// <summary>Whether the role holds the privilege at any depth.</summary>
    public bool Has(string privilege) => privileges.ContainsKey(privilege);
}
