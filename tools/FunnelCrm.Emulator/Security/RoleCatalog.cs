using System;
using System.Collections.Generic;
using System.Linq;

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
        Added?.Invoke(role);
        return role;
    }

    /// <summary>The role with the id, or null.</summary>
    public SecurityRole? Find(Guid id) => roles.Values.FirstOrDefault(r => r.Id == id);

    /// <summary>Raised when a role is added (the organization writes its role and privilege rows).</summary>
    internal event Action<SecurityRole>? Added;

    /// <summary>The role; an unknown name is a test setup error.</summary>
    public SecurityRole Get(string name) =>
        roles.TryGetValue(name, out var role) ? role : throw new ArgumentException($"No security role named '{name}' is loaded.", nameof(name));
}
