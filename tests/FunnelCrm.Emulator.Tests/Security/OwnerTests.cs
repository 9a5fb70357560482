using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Security;

public class OwnerTests
{
    private static Entity Assign(System.Guid lead, string assigneeTable, System.Guid assignee) =>
        new Entity("lead", lead) { ["ownerid"] = new EntityReference(assigneeTable, assignee) };

    [Fact]
    public void Owner_DisabledUser_IsRefusedOnUpdateAndAssign()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");
        service.Update(new Entity("systemuser", rep) { ["isdisabled"] = true });
        var lead = Fixture.CreateLead(service);

        var update = Fixture.Fault(() => service.Update(Assign(lead, "systemuser", rep)));
        var assign = Fixture.Fault(() => service.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("lead", lead), ["Assignee"] = new EntityReference("systemuser", rep) }));

        Assert.Contains("is disabled", update.Message);
        Assert.Contains("is disabled", assign.Message);
        Assert.Equal(organization.SystemUserId, service.Retrieve("lead", lead, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Owner_UserWithoutReadPrivilege_IsRefusedNamingThePrivilege()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var nobody = organization.AddUser("Nora Noroles");
        var lead = Fixture.CreateLead(service);

        var fault = Fixture.Fault(() => service.Update(Assign(lead, "systemuser", nobody)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("prvReadLead", fault.Message);
    }

    [Fact]
    public void Owner_TeamOwnsLeadsOnlyThroughARoleThatReadsThem()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var team = service.Create(new Entity("team") { ["name"] = "Inside sales" });
        var lead = Fixture.CreateLead(service);
        var refused = Fixture.Fault(() => service.Update(Assign(lead, "team", team)));

        service.Associate("team", team, new Relationship("teamroles_association"),
            new EntityReferenceCollection { new EntityReference("role", organization.Roles.Get("Funnel Rep").Id) });
        service.Update(Assign(lead, "team", team));

        Assert.Contains("prvReadLead", refused.Message);
        Assert.Equal(team, service.Retrieve("lead", lead, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void SecurityRows_UsersRolesAndPrivileges_AreQueryable()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        var roles = query.AddLink("systemuserroles", "systemuserid", "systemuserid");
        var role = roles.AddLink("role", "roleid", "roleid");
        var grants = role.AddLink("roleprivileges", "roleid", "roleid");
        var privilege = grants.AddLink("privilege", "privilegeid", "privilegeid");
        privilege.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "prvWriteLead");

        var users = organization.CreateService().RetrieveMultiple(query).Entities.Select(e => e.Id).ToList();

        Assert.Equal(new[] { rep }, users);
    }
}
