using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Security;

/// <summary>The organization's security roles by name.</summary>
public sealed class RoleCatalog
{
    private readonly Dictionary<string, SecurityRole> roles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The roles by name.</summary>
    public IReadOnlyDictionary<string, SecurityRole> Roles => roles;

    /// <summary>Adds or replaces a role.</summary>
    public SecurityRole Add(SecurityRole role)
    {
        roles[role.Name] = role;
        return role;
    }

    /// <summary>The role; an unknown name is a test setup error.</summary>
    public SecurityRole Get(string name) =>
        roles.TryGetValue(name, out var role) ? role : throw new ArgumentException($"No security role named '{name}' is loaded.", nameof(name));
}
