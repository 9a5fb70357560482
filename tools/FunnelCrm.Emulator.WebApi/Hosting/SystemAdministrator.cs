using System;
using System.Linq;
using FunnelCrm.Emulator.Security;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>
/// Dataverse's System Administrator role, as far as the emulator checks privileges: every verb on every table the
/// organization knows (activity tables through the Activity privileges), including tables a solution import adds
/// later, as the platform grants them to this role. An admin who deploys and checks the solution holds it next to
/// FunnelCrm Admin.
/// </summary>
public static class SystemAdministrator
{
    /// <summary>The role's name.</summary>
    public const string Name = "System Administrator";

    private static readonly string[] Verbs = { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

    /// <summary>The role over the organization's current tables.</summary>
    public static SecurityRole Role(Organization organization) =>
        GrantEveryTable(new SecurityRole(new Guid("627090ff-40a3-4053-8790-584edc5be201"), Name), organization);

    /// <summary>Grants the organization's System Administrator role (when it has one) the privileges of every table it knows now.</summary>
    public static void Refresh(Organization organization)
    {
        if (organization.Roles.Roles.TryGetValue(Name, out var role))
        {
            GrantEveryTable(role, organization);
        }
    }

    private static SecurityRole GrantEveryTable(SecurityRole role, Organization organization)
    {
        foreach (var schemaName in organization.Metadata.Tables.Values.Select(t => t.SchemaName).Append("Activity"))
        {
            foreach (var verb in Verbs)
            {
                role.Grant("prv" + verb + schemaName);
            }
        }
        return role;
    }
}
