using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Security;

/// <summary>A field security profile: which secured columns its members may read, set on create and update.</summary>
public sealed class FieldSecurityProfile
{
    /// <summary>Declares a profile.</summary>
    public FieldSecurityProfile(Guid id, string name, IEnumerable<FieldPermission> permissions)
    {
        Id = id;
        Name = name;
        Permissions = permissions.ToArray();
    }

    /// <summary>The fieldsecurityprofileid.</summary>
    public Guid Id { get; }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>The column permissions.</summary>
    public IReadOnlyList<FieldPermission> Permissions { get; }
}

/// <summary>One column's permission in a profile (Dataverse's fieldpermission: 4 Allowed, 0 Not Allowed).</summary>
public sealed class FieldPermission
{
    /// <summary>Declares a permission.</summary>
    public FieldPermission(string table, string column, bool canRead, bool canCreate, bool canUpdate)
    {
        Table = table;
        Column = column;
        CanRead = canRead;
        CanCreate = canCreate;
        CanUpdate = canUpdate;
    }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>The column's logical name.</summary>
    public string Column { get; }

    /// <summary>Members may read the column.</summary>
    public bool CanRead { get; }

    /// <summary>Members may set it when they create a row.</summary>
    public bool CanCreate { get; }

    /// <summary>Members may change it.</summary>
    public bool CanUpdate { get; }
}

/// <summary>The organization's field security profiles by name.</summary>
public sealed class FieldSecurityCatalog
{
    private readonly Dictionary<string, FieldSecurityProfile> profiles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a profile (the organization writes its rows).</summary>
    public FieldSecurityProfile Add(FieldSecurityProfile profile)
    {
        profiles[profile.Name] = profile;
        Added?.Invoke(profile);
        return profile;
    }

    /// <summary>The profile; an unknown name is a test setup error.</summary>
    public FieldSecurityProfile Get(string name) =>
        profiles.TryGetValue(name, out var profile) ? profile : throw new ArgumentException($"No field security profile named '{name}' is loaded.", nameof(name));

    internal event Action<FieldSecurityProfile>? Added;
}
