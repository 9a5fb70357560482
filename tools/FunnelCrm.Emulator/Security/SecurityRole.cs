using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Security;

/// <summary>A security role: its privileges by name (e.g. prvWriteLead) with their depth (Basic, Local, Deep, Global).</summary>
public sealed class SecurityRole
{
    private readonly Dictionary<string, string> privileges = new(StringComparer.OrdinalIgnoreCase);

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
    public IReadOnlyDictionary<string, string> Privileges => privileges;

    /// <summary>Grants a privilege (names compare without case: prvWritelead is prvWriteLead).</summary>
    public SecurityRole Grant(string privilege, string level = "Global")
    {
        privileges[privilege] = level;
        return this;
    }

    /// <summary>Whether the role holds the privilege at any depth.</summary>
    public bool Has(string privilege) => privileges.ContainsKey(privilege);
}
