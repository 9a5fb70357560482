using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// The members of a team who can take a lead in a round robin: enabled, interactive people (no non-interactive or
/// application user) whose own security roles let them read and write leads. One query; ordered by name, then id, so
/// the cursor walks them in a stable order.
/// </summary>
public static class LeadTakers
{
    private const string PrivilegeAlias = "privilege";

    /// <summary>The ids of the team's members who can take leads.</summary>
    public static Guid[] OfTeam(IOrganizationService service, Guid teamId)
    {
        var query = new QueryExpression(Tables.SystemUser) { ColumnSet = new ColumnSet(SecurityTables.FullName) };
        query.Criteria.AddCondition(SecurityTables.IsDisabled, ConditionOperator.Equal, false);
        query.Criteria.AddCondition(SecurityTables.AccessMode, ConditionOperator.NotEqual, SecurityTables.NonInteractiveAccessMode);
        query.Criteria.AddCondition(SecurityTables.ApplicationId, ConditionOperator.Null);
        var membership = query.AddLink(SecurityTables.TeamMembership, SecurityTables.SystemUserId, SecurityTables.SystemUserId);
        membership.LinkCriteria.AddCondition(SecurityTables.TeamId, ConditionOperator.Equal, teamId);
        var roles = query.AddLink(SecurityTables.SystemUserRoles, SecurityTables.SystemUserId, SecurityTables.SystemUserId);
        var role = roles.AddLink(SecurityTables.Role, SecurityTables.RoleId, SecurityTables.RoleId);
        var grants = role.AddLink(SecurityTables.RolePrivileges, SecurityTables.RoleId, SecurityTables.RoleId);
        var privilege = grants.AddLink(SecurityTables.Privilege, SecurityTables.PrivilegeId, SecurityTables.PrivilegeId);
        privilege.EntityAlias = PrivilegeAlias;
        privilege.Columns = new ColumnSet(SecurityTables.Name);
        privilege.LinkCriteria.AddCondition(SecurityTables.Name, ConditionOperator.In, SecurityTables.ReadLead, SecurityTables.WriteLead);
        return service.RetrieveMultiple(query).Entities
            .GroupBy(u => u.Id)
            .Where(g => HoldsBoth(g))
            .Select(g => g.First())
            .OrderBy(u => u.GetAttributeValue<string>(SecurityTables.FullName) ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(u => u.Id)
            .Select(u => u.Id)
            .ToArray();
    }

    private static bool HoldsBoth(IEnumerable<Entity> rows)
    {
        var names = new HashSet<string>(rows
            .Select(r => r.GetAttributeValue<AliasedValue>(PrivilegeAlias + "." + SecurityTables.Name)?.Value as string ?? "")
            .Select(n => n.ToLowerInvariant()));
        return names.Contains(SecurityTables.ReadLead.ToLowerInvariant()) && names.Contains(SecurityTables.WriteLead.ToLowerInvariant());
    }
}
