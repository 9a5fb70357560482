using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Security;

/// <summary>
/// Keeps the security tables queryable as Dataverse's are: a role row per role with its privileges (privilege and
/// roleprivileges rows, the depth as Dataverse's mask: Basic 1, Local 2, Deep 4, Global 8), and a systemuserroles row
/// per role a user holds; a fieldsecurityprofile row per field security profile with its fieldpermission rows. Code that
/// must know who may own or work a table (routing) and column security read these rows.
/// </summary>
internal sealed class SecurityRows
{
    private readonly Organization organization;
    private readonly Dictionary<string, Guid> privileges = new(StringComparer.OrdinalIgnoreCase);

    public SecurityRows(Organization organization)
    {
        this.organization = organization;
    }

    public void AddRole(SecurityRole role)
    {
        var transaction = new Transaction();
        var store = organization.Store;
        if (!store.Exists("role", role.Id, transaction))
        {
            store.Insert("role", role.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["roleid"] = role.Id, ["name"] = role.Name, ["businessunitid"] = new EntityReference("businessunit", organization.RootBusinessUnitId),
                ["createdon"] = organization.Clock.UtcNow, ["modifiedon"] = organization.Clock.UtcNow,
            }, transaction);
        }
        foreach (var grant in role.Privileges)
        {
            var link = Guid.NewGuid();
            store.Insert("roleprivileges", link, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["roleprivilegesid"] = link, ["roleid"] = role.Id, ["privilegeid"] = Privilege(grant.Key, transaction), ["privilegedepthmask"] = DepthMask(grant.Value),
            }, transaction);
        }
        store.Commit(transaction);
    }

    public void AddProfile(FieldSecurityProfile profile)
    {
        var transaction = new Transaction();
        var store = organization.Store;
        store.Insert("fieldsecurityprofile", profile.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fieldsecurityprofileid"] = profile.Id, ["name"] = profile.Name, ["createdon"] = organization.Clock.UtcNow, ["modifiedon"] = organization.Clock.UtcNow,
        }, transaction);
        foreach (var permission in profile.Permissions)
        {
            var id = Guid.NewGuid();
            store.Insert("fieldpermission", id, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fieldpermissionid"] = id, ["fieldsecurityprofileid"] = new EntityReference("fieldsecurityprofile", profile.Id),
                ["entityname"] = permission.Table, ["attributelogicalname"] = permission.Column,
                ["canread"] = new OptionSetValue(permission.CanRead ? 4 : 0), ["cancreate"] = new OptionSetValue(permission.CanCreate ? 4 : 0),
                ["canupdate"] = new OptionSetValue(permission.CanUpdate ? 4 : 0),
            }, transaction);
        }
        store.Commit(transaction);
    }

    public void AddUserRoles(Guid userId, IEnumerable<SecurityRole> roles)
    {
        var transaction = new Transaction();
        foreach (var role in roles)
        {
            var link = Guid.NewGuid();
            organization.Store.Insert("systemuserroles", link, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["systemuserrolesid"] = link, ["systemuserid"] = userId, ["roleid"] = role.Id,
            }, transaction);
        }
        organization.Store.Commit(transaction);
    }

    private Guid Privilege(string name, Transaction transaction)
    {
        if (!privileges.TryGetValue(name, out var id))
        {
            id = Guid.NewGuid();
            privileges[name] = id;
            organization.Store.Insert("privilege", id, new Dictionary<string, object?>(StringComparer.Ordinal) { ["privilegeid"] = id, ["name"] = name }, transaction);
        }
        return id;
    }

    private static int DepthMask(string level) => level.ToLowerInvariant() switch
    {
        "basic" => 1,
        "local" => 2,
        "deep" => 4,
        _ => 8,
    };
}
