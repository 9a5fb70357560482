namespace FunnelCrm.Crm.Schema;

/// <summary>
/// Dataverse's own user and security tables routing reads to find who may take a lead: users (enabled, interactive),
/// their roles (systemuserroles, an intersect table) and the roles' privileges (roleprivileges, privilege).
/// </summary>
public static class SecurityTables
{
    /// <summary>systemuser: disabled (true) or enabled.</summary>
    public const string IsDisabled = "isdisabled";

    /// <summary>systemuser: 0 Read-Write, 1 Administrative, 2 Read, 3 Support User, 4 Non-interactive, 5 Delegated Admin.</summary>
    public const string AccessMode = "accessmode";

    /// <summary>systemuser: the application id of an application user (empty for people).</summary>
    public const string ApplicationId = "applicationid";

    /// <summary>systemuser: the full name.</summary>
    public const string FullName = "fullname";

    /// <summary>systemuser / systemuserroles / teammembership: the user's id.</summary>
    public const string SystemUserId = "systemuserid";

    /// <summary>Access mode of accounts that never sign in (integrations, application users).</summary>
    public const int NonInteractiveAccessMode = 4;

    /// <summary>The intersect table of users and teams.</summary>
    public const string TeamMembership = "teammembership";

    /// <summary>teammembership: the team's id.</summary>
    public const string TeamId = "teamid";

    /// <summary>The intersect table of users and their security roles.</summary>
    public const string SystemUserRoles = "systemuserroles";

    /// <summary>Security role.</summary>
    public const string Role = "role";

    /// <summary>role / systemuserroles / roleprivileges: the role's id.</summary>
    public const string RoleId = "roleid";

    /// <summary>The intersect table of roles and privileges.</summary>
    public const string RolePrivileges = "roleprivileges";

    /// <summary>Privilege (prvReadLead, ...).</summary>
    public const string Privilege = "privilege";

    /// <summary>privilege / roleprivileges: the privilege's id.</summary>
    public const string PrivilegeId = "privilegeid";

    /// <summary>privilege: its name.</summary>
    public const string Name = "name";

    /// <summary>The privilege to read leads (an owner must be able to read what it owns).</summary>
    public const string ReadLead = "prvReadLead";

    /// <summary>The privilege to change leads (accept, reject, qualify).</summary>
    public const string WriteLead = "prvWriteLead";
}
