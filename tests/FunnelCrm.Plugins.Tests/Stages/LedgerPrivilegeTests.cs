using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Security;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Stages;

/// <summary>
/// The ledger's immutability is a plug-in, and a caller with the bypass privileges skips plug-ins; what then keeps a
/// FunnelCrm Admin from rewriting history is the role, which grants no Write, Delete or Assign on transitions.
/// </summary>
public class LedgerPrivilegeTests
{
    /// <summary>A FunnelCrm Admin who also holds a role that may bypass custom logic (a data loader role, say).</summary>
    private static (FunnelOrganization Crm, IOrganizationService Admin, Entity Row) AdminWhoMayBypass()
    {
        var crm = new FunnelOrganization();
        crm.Organization.Roles.Add(new SecurityRole(Guid.NewGuid(), "Bulk data loader").Grant("prvBypassCustomPlugins").Grant("prvBypassCustomBusinessLogic"));
        var admin = crm.Organization.AddUser("Ada Admin", SecurityRoles.AdminName, "Bulk data loader");
        var leadId = crm.CreateLead();
        return (crm, crm.Organization.CreateService(admin), crm.Transitions(leadId).Single());
    }

    private static OrganizationRequest Bypassing(OrganizationRequest request, string bypass)
    {
        if (bypass == "BypassCustomPluginExecution")
        {
            request.Parameters["BypassCustomPluginExecution"] = true;
        }
        else
        {
            request.Parameters["BypassBusinessLogicExecution"] = bypass;
        }

        return request;
    }

    public static TheoryData<string> Bypasses() => new() { "BypassCustomPluginExecution", "CustomSync", "CustomSync,CustomAsync" };

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Ledger_AdminRewritingATransitionWithPluginsBypassed_IsRefusedByTheRole(string bypass)
    {
        var (crm, admin, row) = AdminWhoMayBypass();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => admin.Execute(Bypassing(
            new UpdateRequest { Target = new Entity(Tables.StageTransition, row.Id) { [StageTransitionColumns.Reason] = "rewritten" } }, bypass)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Contains("prvWritefcm_StageTransition", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(row.GetAttributeValue<string>(StageTransitionColumns.Reason), crm.Transitions(row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id).Single().GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Ledger_AdminDeletingATransitionWithPluginsBypassed_IsRefusedByTheRole(string bypass)
    {
        var (crm, admin, row) = AdminWhoMayBypass();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => admin.Execute(Bypassing(
            new DeleteRequest { Target = new EntityReference(Tables.StageTransition, row.Id) }, bypass)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Contains("prvDeletefcm_StageTransition", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(crm.Transitions(row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id));
    }

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Ledger_AdminAssigningATransitionWithPluginsBypassed_IsRefusedByTheRole(string bypass)
    {
        var (crm, admin, row) = AdminWhoMayBypass();
        var other = crm.Organization.AddUser("Otto Other", SecurityRoles.AdminName);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => admin.Execute(Bypassing(
            new AssignRequest { Target = new EntityReference(Tables.StageTransition, row.Id), Assignee = new EntityReference(Tables.SystemUser, other) }, bypass)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Contains("prvAssignfcm_StageTransition", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(row.GetAttributeValue<EntityReference>(StageTransitionColumns.OwnerId).Id, crm.Transitions(row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id).Single().GetAttributeValue<EntityReference>(StageTransitionColumns.OwnerId).Id);
    }

    [Fact]
    public void Ledger_AdminReadingTheLedger_SeesEveryRow()
    {
        var (crm, admin, row) = AdminWhoMayBypass();

        var read = admin.Retrieve(Tables.StageTransition, row.Id, new ColumnSet(StageTransitionColumns.Reason));

        Assert.Equal(row.GetAttributeValue<string>(StageTransitionColumns.Reason), read.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }
}
