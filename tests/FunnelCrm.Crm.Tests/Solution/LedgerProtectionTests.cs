using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Crm.Tests.Solution;

/// <summary>
/// The transition ledger is protected twice: a plug-in refuses every change, and, for callers who may bypass plug-ins,
/// no role the solution ships may write, delete or reassign a row; auditing records whatever still changes one.
/// </summary>
public class LedgerProtectionTests
{
    private static XElement StageTransitionTable => SolutionFiles.Customizations.Root!.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "fcm_StageTransition");

    [Fact]
    public void Roles_NoFunnelCrmRole_MayWriteDeleteOrAssignTransitions()
    {
        var roles = SolutionFiles.Customizations.Root!.Element("Roles")!.Elements("Role").ToList();
        var granted = roles.SelectMany(r => r.Descendants("RolePrivilege").Select(p => (Role: (string)r.Attribute("name")!, Privilege: (string)p.Attribute("name")!)))
            .Where(p => p.Privilege.EndsWith("fcm_StageTransition", StringComparison.OrdinalIgnoreCase))
            .Where(p => new[] { "prvWrite", "prvDelete", "prvAssign" }.Any(a => p.Privilege.StartsWith(a, StringComparison.OrdinalIgnoreCase)));

        Assert.Equal(3, roles.Count);
        Assert.Empty(granted);
    }

    [Fact]
    public void StageTransitionTable_AuditsItselfEveryFunnelColumnItsOwnerAndItsState()
    {
        var table = StageTransitionTable;
        var columns = table.Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null).Where(a => a.Element("IsCustomField")?.Value == "1" || new[] { StageTransitionColumns.OwnerId, StageTransitionColumns.StateCode, StageTransitionColumns.StatusCode }.Contains(a.Element("LogicalName")!.Value)).ToList();

        Assert.Equal("1", table.Element("EntityInfo")!.Element("entity")!.Element("IsAuditEnabled")!.Value);
        Assert.Equal(new[] { StageTransitionColumns.OwnerId, StageTransitionColumns.StateCode, StageTransitionColumns.StatusCode, StageTransitionColumns.Reason, StageTransitionColumns.Trigger }.OrderBy(c => c),
            columns.Select(c => c.Element("LogicalName")!.Value).Intersect(new[] { StageTransitionColumns.OwnerId, StageTransitionColumns.StateCode, StageTransitionColumns.StatusCode, StageTransitionColumns.Reason, StageTransitionColumns.Trigger }).OrderBy(c => c));
        Assert.All(columns, c => Assert.True(c.Element("IsAuditEnabled")!.Value == "1", c.Element("LogicalName")!.Value + " is not audited"));
    }
}
