using System;
using System.Linq;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Security;

/// <summary>
/// Record-level access: a privilege reaches the rows its depth allows (Basic the user's and the user's teams' rows,
/// Local the business unit's, Deep the unit's and those below it, Global all), as Dataverse's access check does.
/// </summary>
public class PrivilegeDepthTests
{
    private readonly Organization organization = new();
    private readonly IOrganizationService system;
    private readonly Guid sales;
    private readonly Guid east;
    private readonly Guid service;

    public PrivilegeDepthTests()
    {
        system = organization.CreateService();
        sales = organization.AddBusinessUnit("Sales");
        east = organization.AddBusinessUnit("Sales East", sales);
        service = organization.AddBusinessUnit("Service");
        foreach (var depth in Enum.GetValues<PrivilegeDepth>())
        {
            organization.Roles.Add(new SecurityRole(Guid.NewGuid(), "Leads " + depth)
                .Grant("prvCreateLead", depth).Grant("prvReadLead", depth).Grant("prvWriteLead", depth).Grant("prvDeleteLead", depth)
                .Grant("prvAssignLead", depth).Grant("prvReadActivity", PrivilegeDepth.Global));
        }
    }

    private Guid User(string name, Guid unit, PrivilegeDepth depth) => organization.AddUser(name, unit, "Leads " + depth);

    /// <summary>A team of the business unit; it holds a role that reads leads, as an owner of leads must.</summary>
    private Guid Team(string name, Guid unit)
    {
        var team = system.Create(new Entity("team") { ["name"] = name, ["businessunitid"] = new EntityReference("businessunit", unit) });
        system.Associate("team", team, new Relationship("teamroles_association"),
            new EntityReferenceCollection { new EntityReference("role", organization.Roles.Get("Leads " + PrivilegeDepth.Basic).Id) });
        return team;
    }

    private Guid LeadOwnedBy(Guid ownerId, string owner = "systemuser") =>
        system.Create(new Entity("lead") { ["lastname"] = "Lead of " + ownerId, ["ownerid"] = new EntityReference(owner, ownerId) });

    private static Entity Rename(Guid leadId) => new("lead", leadId) { ["firstname"] = "Renamed" };

    [Fact]
    public void Update_BasicWriteOnAnotherRepsLead_IsDeniedByTheAccessCheck()
    {
        var rita = User("Rita Rep", sales, PrivilegeDepth.Basic);
        var sam = User("Sam Rep", sales, PrivilegeDepth.Basic);
        var samsLead = LeadOwnedBy(sam);
        var ritasLead = LeadOwnedBy(rita);
        var asRita = organization.CreateService(rita);

        var fault = Fixture.Fault(() => asRita.Update(Rename(samsLead)));
        asRita.Update(Rename(ritasLead));

        Assert.Equal(ErrorCodes.AccessCheckFailed, fault.Detail.ErrorCode);
        Assert.Equal(-2147187962, fault.Detail.ErrorCode);
        Assert.Equal($"Principal with id {rita} does not have WriteAccess right(s) for record with id {samsLead} of entity lead.", fault.Message);
        Assert.Null(system.Retrieve("lead", samsLead, new ColumnSet("firstname")).GetAttributeValue<string>("firstname"));
        Assert.Equal("Renamed", system.Retrieve("lead", ritasLead, new ColumnSet("firstname")).GetAttributeValue<string>("firstname"));
    }

    [Fact]
    public void Write_BasicOnATeamsLead_ReachesMembersOnly()
    {
        var member = User("Mo Member", service, PrivilegeDepth.Basic);
        var outsider = User("Olga Outsider", sales, PrivilegeDepth.Basic);
        var team = Team("Inside sales", sales);
        system.Associate("team", team, new Relationship("teammembership_association"), new EntityReferenceCollection { new EntityReference("systemuser", member) });
        var teamLead = LeadOwnedBy(team, "team");

        organization.CreateService(member).Update(Rename(teamLead));
        var fault = Fixture.Fault(() => organization.CreateService(outsider).Update(Rename(teamLead)));

        Assert.Equal(ErrorCodes.AccessCheckFailed, fault.Detail.ErrorCode);
        Assert.Contains($"Principal with id {outsider} does not have WriteAccess", fault.Message);
    }

    [Fact]
    public void RetrieveMultiple_EachReadDepth_ReturnsTheRowsItReaches()
    {
        var basic = User("Basic Bo", sales, PrivilegeDepth.Basic);
        var local = User("Local Lu", sales, PrivilegeDepth.Local);
        var deep = User("Deep Di", sales, PrivilegeDepth.Deep);
        var deepBelow = User("Deep Ed", east, PrivilegeDepth.Deep);
        var global = User("Global Gil", service, PrivilegeDepth.Global);
        var team = Team("Sales desk", sales);
        var basics = LeadOwnedBy(basic);
        var teams = LeadOwnedBy(team, "team");
        var easts = LeadOwnedBy(deepBelow);
        var services = LeadOwnedBy(User("Service Sue", service, PrivilegeDepth.Basic));

        Guid[] Visible(Guid user) => organization.CreateService(user).RetrieveMultiple(new QueryExpression("lead")).Entities.Select(e => e.Id).ToArray();

        Assert.Equal(new[] { basics }, Visible(basic));
        Assert.Equal(new[] { basics, teams }, Visible(local));
        Assert.Equal(new[] { basics, teams, easts }, Visible(deep));
        Assert.Equal(new[] { easts }, Visible(deepBelow));
        Assert.Equal(new[] { basics, teams, easts, services }, Visible(global));
    }

    [Fact]
    public void RetrieveMultiple_LinkedRowsBeyondReadDepth_AreLeftOut()
    {
        var rita = User("Rita Rep", sales, PrivilegeDepth.Basic);
        var ritasLead = LeadOwnedBy(rita);
        var othersLead = LeadOwnedBy(User("Sam Rep", sales, PrivilegeDepth.Basic));
        var ritasTask = system.Create(new Entity("task") { ["subject"] = "Call Rita's lead", ["regardingobjectid"] = new EntityReference("lead", ritasLead) });
        var othersTask = system.Create(new Entity("task") { ["subject"] = "Call Sam's lead", ["regardingobjectid"] = new EntityReference("lead", othersLead) });
        var inner = new QueryExpression("task");
        inner.AddLink("lead", "regardingobjectid", "leadid");
        var outer = new QueryExpression("task");
        outer.AddLink("lead", "regardingobjectid", "leadid", JoinOperator.LeftOuter).Columns = new ColumnSet("lastname");
        outer.AddOrder("subject", OrderType.Ascending);
        var asRita = organization.CreateService(rita);

        var joined = asRita.RetrieveMultiple(inner).Entities;
        var outerJoined = asRita.RetrieveMultiple(outer).Entities;

        Assert.Equal(ritasTask, Assert.Single(joined).Id);
        Assert.Equal(new[] { ritasTask, othersTask }, outerJoined.Select(e => e.Id));
        Assert.True(outerJoined[0].Contains("lead1.lastname"));
        Assert.False(outerJoined[1].Contains("lead1.lastname"));
    }

    [Fact]
    public void Retrieve_ReadNotReachingTheRow_IsDenied()
    {
        var rita = User("Rita Rep", sales, PrivilegeDepth.Local);
        var servicesLead = LeadOwnedBy(User("Service Sue", service, PrivilegeDepth.Basic));

        var fault = Fixture.Fault(() => organization.CreateService(rita).Retrieve("lead", servicesLead, new ColumnSet("lastname")));

        Assert.Equal(ErrorCodes.AccessCheckFailed, fault.Detail.ErrorCode);
        Assert.Contains("does not have ReadAccess right(s)", fault.Message);
    }

    [Fact]
    public void Create_OwnedByAnotherUnitsRep_BelongsToTheOwnersUnitAndNeedsTheDepthThatReachesIt()
    {
        var basic = User("Basic Bo", sales, PrivilegeDepth.Basic);
        var deep = User("Deep Di", sales, PrivilegeDepth.Deep);
        var eastRep = User("Deep Ed", east, PrivilegeDepth.Basic);
        Entity ForEast() => new("lead") { ["lastname"] = "East lead", ["ownerid"] = new EntityReference("systemuser", eastRep) };

        var fault = Fixture.Fault(() => organization.CreateService(basic).Create(ForEast()));
        var created = organization.CreateService(deep).Create(ForEast());

        Assert.Equal(ErrorCodes.AccessCheckFailed, fault.Detail.ErrorCode);
        Assert.Contains("does not have CreateAccess right(s)", fault.Message);
        Assert.Equal(east, system.Retrieve("lead", created, new ColumnSet("owningbusinessunit")).GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void Assign_ToARepOfAnotherUnit_MovesTheRowToThatUnitOutOfTheAssignersLocalReach()
    {
        var manager = User("Local Lu", sales, PrivilegeDepth.Local);
        var lead = LeadOwnedBy(User("Sam Rep", sales, PrivilegeDepth.Basic));
        var asManager = organization.CreateService(manager);

        asManager.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("lead", lead), ["Assignee"] = new EntityReference("systemuser", User("Service Sue", service, PrivilegeDepth.Basic)) });
        var fault = Fixture.Fault(() => asManager.Delete("lead", lead));

        Assert.Equal(service, system.Retrieve("lead", lead, new ColumnSet("owningbusinessunit")).GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(ErrorCodes.AccessCheckFailed, fault.Detail.ErrorCode);
        Assert.Contains("does not have DeleteAccess right(s)", fault.Message);
    }
}
