using System;
using System.Linq;
using FunnelCrm.Emulator.Security;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>
/// Dataverse's System Administrator role, as far as the emulator checks privileges: every verb on every table the
/// organization knows when the role is made (activity tables through the Activity privileges). An admin who deploys
/// and checks the solution holds it next to FunnelCrm Admin.
/// </summary>
public static class SystemAdministrator
{
    /// <summary>The role's name.</summary>
    public const string Name = "System Administrator";

    private static readonly string[] Verbs = { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

    /// <summary>The role over the organization's current tables.</summary>
    public static SecurityRole Role(Organization organization)
    {
        var role = new SecurityRole(new Guid("627090ff-40a3-4053-8790-584edc5be201"), Name);
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
