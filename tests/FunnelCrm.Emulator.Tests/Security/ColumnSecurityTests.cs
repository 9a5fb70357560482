using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Security;

public class ColumnSecurityTests
{
    /// <summary>A lead column secured by a solution, with a profile that lets its members read but not set it.</summary>
    private static readonly XDocument Solution = XDocument.Parse("""
        <ImportExportXml>
          <Entities>
            <Entity>
              <Name>Lead</Name>
              <EntityInfo><entity Name="Lead"><attributes>
                <attribute PhysicalName="demo_Rating"><Type>int</Type><Name>demo_rating</Name><LogicalName>demo_rating</LogicalName><IsSecured>1</IsSecured></attribute>
                <attribute PhysicalName="demo_Note"><Type>nvarchar</Type><Name>demo_note</Name><LogicalName>demo_note</LogicalName><IsSecured>0</IsSecured></attribute>
              </attributes></entity></EntityInfo>
            </Entity>
          </Entities>
          <Roles>
            <Role id="{8a6a2f1e-0000-4000-8000-0000000000a1}" name="Lead worker">
              <RolePrivileges>
                <RolePrivilege name="prvCreateLead" level="Global" /><RolePrivilege name="prvReadLead" level="Global" /><RolePrivilege name="prvWriteLead" level="Global" />
              </RolePrivileges>
            </Role>
            <Role id="{8a6a2f1e-0000-4000-8000-0000000000a2}" name="System Administrator">
              <RolePrivileges><RolePrivilege name="prvCreateLead" level="Global" /><RolePrivilege name="prvReadLead" level="Global" /><RolePrivilege name="prvWriteLead" level="Global" /></RolePrivileges>
            </Role>
          </Roles>
          <FieldSecurityProfiles>
            <FieldSecurityProfile name="Rating readers" fieldsecurityprofileid="{3f0b6f0e-0000-4000-8000-0000000000b1}">
              <FieldPermissions>
                <FieldPermission><EntityName>lead</EntityName><AttributeName>demo_rating</AttributeName><CanRead>4</CanRead><CanUpdate>0</CanUpdate><CanCreate>0</CanCreate></FieldPermission>
              </FieldPermissions>
            </FieldSecurityProfile>
          </FieldSecurityProfiles>
        </ImportExportXml>
        """);

    private static (Organization Organization, System.Guid Lead) WithRatedLead()
    {
        var organization = Fixture.NewOrganization();
        organization.LoadCustomizations(Solution);
        var lead = organization.CreateService().Create(new Entity("lead") { ["lastname"] = "Smith", ["demo_rating"] = 7, ["demo_note"] = "open" });
        return (organization, lead);
    }

    [Fact]
    public void SecuredColumn_FromTheSolutionsIsSecured_IsSecuredAndOthersAreNot()
    {
        var (organization, _) = WithRatedLead();

        Assert.True(organization.Metadata.GetColumn("lead", "demo_rating").IsSecured);
        Assert.False(organization.Metadata.GetColumn("lead", "demo_note").IsSecured);
    }

    [Fact]
    public void SecuredColumn_UserWithoutAProfile_ReadsNoDataAndCannotSetIt()
    {
        var (organization, lead) = WithRatedLead();
        var worker = organization.AddUser("Walt Worker", "Lead worker");
        var service = organization.CreateService(worker);

        var read = service.Retrieve("lead", lead, new ColumnSet("demo_rating", "demo_note"));
        var listed = service.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet(true) }).Entities[0];
        var update = Fixture.Fault(() => service.Update(new Entity("lead", lead) { ["demo_rating"] = 9 }));
        var create = Fixture.Fault(() => service.Create(new Entity("lead") { ["lastname"] = "Jones", ["demo_rating"] = 1 }));
        service.Update(new Entity("lead", lead) { ["demo_note"] = "called" });

        Assert.False(read.Contains("demo_rating"));
        Assert.Equal("open", read.GetAttributeValue<string>("demo_note"));
        Assert.False(listed.Contains("demo_rating"));
        Assert.Equal(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, update.Detail.ErrorCode);
        Assert.Equal(ErrorCodes.AttributePrivilegeCreateIsMissing, create.Detail.ErrorCode);
        Assert.Equal(7, organization.CreateService().Retrieve("lead", lead, new ColumnSet("demo_rating")).GetAttributeValue<int>("demo_rating"));
    }

    [Fact]
    public void SecuredColumn_ProfileMember_ReadsWhatItsPermissionAllowsButStillCannotSet()
    {
        var (organization, lead) = WithRatedLead();
        var reader = organization.AddUser("Rita Reader", "Lead worker");
        organization.AddToFieldSecurityProfile("Rating readers", new EntityReference("systemuser", reader));
        var service = organization.CreateService(reader);

        var read = service.Retrieve("lead", lead, new ColumnSet("demo_rating"));
        var update = Fixture.Fault(() => service.Update(new Entity("lead", lead) { ["demo_rating"] = 9 }));

        Assert.Equal(7, read.GetAttributeValue<int>("demo_rating"));
        Assert.Equal(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, update.Detail.ErrorCode);
    }

    [Fact]
    public void SecuredColumn_TeamMemberOfAProfile_ReadsIt()
    {
        var (organization, lead) = WithRatedLead();
        var system = organization.CreateService();
        var reader = organization.AddUser("Tom Teammate", "Lead worker");
        var team = system.Create(new Entity("team") { ["name"] = "Raters" });
        system.Associate("team", team, new Relationship("teammembership_association"), new EntityReferenceCollection { new EntityReference("systemuser", reader) });
        organization.AddToFieldSecurityProfile("Rating readers", new EntityReference("team", team));

        var read = organization.CreateService(reader).Retrieve("lead", lead, new ColumnSet("demo_rating"));

        Assert.Equal(7, read.GetAttributeValue<int>("demo_rating"));
    }

    [Fact]
    public void SecuredColumn_SystemAndSystemAdministrators_ReadAndSetItWithoutAProfile()
    {
        var (organization, lead) = WithRatedLead();
        var admin = organization.AddUser("Ada Admin", "System Administrator");

        organization.CreateService(admin).Update(new Entity("lead", lead) { ["demo_rating"] = 8 });
        organization.CreateService().Update(new Entity("lead", lead) { ["demo_rating"] = 9 });

        Assert.Equal(9, organization.CreateService(admin).Retrieve("lead", lead, new ColumnSet("demo_rating")).GetAttributeValue<int>("demo_rating"));
    }
}
