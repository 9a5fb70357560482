using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Security;

namespace FunnelCrm.Emulator.Tests.Metadata;

public class CustomizationsReaderTests
{
    [Fact]
    public void Read_NewTable_HasColumnsWithTypesPrimaryNameAndOwnership()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var project = organization.Metadata.GetTable("demo_project");

        Assert.Equal("demo_name", project.PrimaryNameColumn);
        Assert.Equal(Ownership.UserOwned, project.Ownership);
        Assert.Equal(ColumnType.Money, project.Columns["demo_budget"].Type);
        Assert.Equal(ColumnType.Decimal, project.Columns["demo_rate"].Type);
        Assert.Equal(ColumnType.Memo, project.Columns["demo_notes"].Type);
        Assert.Equal(ColumnType.Boolean, project.Columns["demo_isactive"].Type);
        Assert.Equal(100, project.Columns["demo_name"].MaxLength);
        Assert.True(project.Columns.ContainsKey("ownerid"));
        Assert.Equal(new[] { 1 }, project.Statuses.Where(s => s.State == 0).Select(s => s.Status));
    }

    [Fact]
    public void Read_ChoiceWithGlobalOptionSet_TakesTheSetsValues()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var stage = organization.Metadata.GetColumn("demo_project", "demo_stage");

        Assert.Equal(new[] { 100000000, 100000001, 100000002 }, stage.Options);
    }

    [Fact]
    public void Read_ColumnsOnExistingLead_ExtendTheStandardTable()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var lead = organization.Metadata.GetTable("lead");

        Assert.Equal(ColumnType.Integer, lead.Columns["demo_score"].Type);
        Assert.Equal(100m, lead.Columns["demo_score"].MaxValue);
        Assert.Equal(ColumnType.Picklist, lead.Columns["fcm_funnelstage"].Type);
        Assert.Equal(ColumnType.Money, lead.Columns["budgetamount"].Type);
    }

    [Fact]
    public void Read_Relationship_KeepsCascadeAndSetsLookupTarget()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var relationship = organization.Metadata.Relationships["fcm_lead_fcm_stagetransition"];
        var removeLink = organization.Metadata.Relationships["demo_account_demo_project"];

        Assert.Equal(CascadeType.Cascade, relationship.CascadeDelete);
        Assert.Equal(CascadeType.RemoveLink, removeLink.CascadeDelete);
        Assert.Equal(new[] { "lead" }, organization.Metadata.GetColumn("fcm_stagetransition", "fcm_leadid").Targets);
    }

    [Fact]
    public void Read_AlternateKeyMappingsAndRoles_AreLoaded()
    {
        var organization = Fixture.NewOrganization(withSolution: true);

        var key = organization.Metadata.GetTable("fcm_stagetransition").AlternateKeys.Single();
        var mapping = organization.Metadata.MappingsBetween("lead", "opportunity").Single(m => m.SourceColumn == "demo_score");
        var role = organization.Roles.Get("Funnel Rep");

        Assert.Equal(new[] { "fcm_externalid" }, key.Columns);
        Assert.Equal("closeprobability", mapping.TargetColumn);
        Assert.True(role.Has("prvWriteLead"));
        Assert.Equal(PrivilegeDepth.Basic, organization.Roles.Get("Project User").Privileges["prvCreatedemo_project"]);
    }

    [Theory]
    [InlineData("User")]
    [InlineData("Organization")]
    [InlineData("global")]
    public void Read_RolePrivilegeLevelOutsideTheSchema_IsRefused(string level)
    {
        var document = XDocument.Parse($"<ImportExportXml><Roles><Role id=\"{{8a6a2f1e-0000-4000-8000-000000000099}}\" name=\"Odd\"><RolePrivileges>"
            + $"<RolePrivilege name=\"prvReadLead\" level=\"{level}\" /></RolePrivileges></Role></Roles></ImportExportXml>");

        var refusal = Assert.Throws<FormatException>(() => new Organization().LoadCustomizations(document));

        Assert.Contains("Basic, Local, Deep or Global", refusal.Message);
    }
}
