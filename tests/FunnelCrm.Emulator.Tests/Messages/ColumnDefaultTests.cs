using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Messages;

public class ColumnDefaultTests
{
    [Theory]
    [InlineData("email")]
    [InlineData("phonecall")]
    public void Create_ActivityWithoutADirection_IsSavedOutgoingAsTheColumnsDefault(string table)
    {
        var service = Fixture.NewOrganization().CreateService();

        var id = service.Create(new Entity(table) { ["subject"] = "No direction given" });

        Assert.True(service.Retrieve(table, id, new ColumnSet("directioncode")).GetAttributeValue<bool>("directioncode"));
    }

    [Fact]
    public void RetrieveAttribute_Directioncode_ReportsTheDefaultTheCreateUses()
    {
        var service = Fixture.NewOrganization().CreateService();

        var response = service.Execute(new OrganizationRequest("RetrieveAttribute") { ["EntityLogicalName"] = "email", ["LogicalName"] = "directioncode", ["RetrieveAsIfPublished"] = false });

        var definition = Assert.IsType<AttributeDefinition>(response.Results["AttributeMetadata"]);
        Assert.Equal("directioncode", definition.LogicalName);
        Assert.Equal(true, definition.DefaultValue);
    }

    [Fact]
    public void RetrieveAttribute_UnknownColumn_FailsAsDataverseDoes()
    {
        var service = Fixture.NewOrganization().CreateService();

        var fault = Fixture.Fault(() => service.Execute(new OrganizationRequest("RetrieveAttribute") { ["EntityLogicalName"] = "email", ["LogicalName"] = "nosuchcolumn" }));

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
    }
}
