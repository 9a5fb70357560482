using System;

namespace FunnelCrm.Emulator.Security;

/// <summary>
/// How far a role's privilege reaches (Microsoft.Crm.Sdk.Messages.PrivilegeDepth; the role editor calls them User,
/// Business Unit, Parent: Child Business Units and Organization). A row its owner (the user, or a team the user belongs
/// to) owns is reached at any depth.
/// </summary>
public enum PrivilegeDepth
{
    /// <summary>Rows owned by the user or by a team the user is a member of.</summary>
    Basic = 0,

    /// <summary>Rows of the user's business unit, and Basic's.</summary>
    Local = 1,

    /// <summary>Rows of the user's business unit and every unit below it, and Basic's.</summary>
    Deep = 2,

    /// <summary>Every row of the organization.</summary>
    Global = 3,
}

/// <summary>Reads the level a solution's role XML gives a privilege (RolePrivilege/@level).</summary>
internal static class PrivilegeDepths
{
    /// <summary>The depth a level names: Basic, Local, Deep or Global (the values the solution schema allows).</summary>
    public static PrivilegeDepth Parse(string level) => level switch
    {
        "Basic" => PrivilegeDepth.Basic,
        "Local" => PrivilegeDepth.Local,
        "Deep" => PrivilegeDepth.Deep,
        "Global" => PrivilegeDepth.Global,
        _ => throw new FormatException($"'{level}' is not a privilege level: a role's RolePrivilege level is Basic, Local, Deep or Global."),
    };
}
