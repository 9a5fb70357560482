using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.Metadata;

public class ValueValidationTests
{
    [Fact]
    public void Create_UnknownTable_FailsNamingTheTable()
    {
        var service = Fixture.NewOrganization().CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("fcm_nosuchtable")));

        Assert.Equal(ErrorCodes.EntityNotFound, fault.Detail.ErrorCode);
        Assert.Equal("The entity with a name = 'fcm_nosuchtable' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    [Fact]
    public void Create_UnknownColumn_FailsNamingTableAndColumn()
    {
        var service = Fixture.NewOrganization().CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("lead") { ["fcm_nosuchcolumn"] = 1 }));

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'fcm_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Fact]
    public void Update_WrongValueType_FailsNamingTableColumnAndTypes()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = Fixture.CreateLead(service);

        var fault = Fixture.Fault(() => service.Update(new Entity("lead", id) { ["budgetamount"] = 5000m }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.Equal("Incorrect attribute value type System.Decimal for column 'budgetamount' of table 'lead': expected Microsoft.Xrm.Sdk.Money.", fault.Message);
    }

    [Fact]
    public void Create_OptionOutsideSet_FailsListingAcceptedValues()
    {
        var service = Fixture.NewOrganization().CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("lead") { ["budgetstatus"] = new OptionSetValue(7) }));

        Assert.Equal(ErrorCodes.OptionValueOutOfRange, fault.Detail.ErrorCode);
        Assert.Equal("A validation error occurred. The value 7 of 'budgetstatus' on record of type 'lead' is outside the valid range. Accepted Values: 0,1,2,3", fault.Message);
    }

    [Fact]
    public void Create_BantValueZero_IsARealValue()
    {
        var service = Fixture.NewOrganization().CreateService();

        var id = service.Create(new Entity("lead") { ["budgetstatus"] = new OptionSetValue(0), ["need"] = new OptionSetValue(0), ["decisionmaker"] = false });

        var lead = service.Retrieve("lead", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("budgetstatus", "need", "decisionmaker", "purchasetimeframe"));
        Assert.Equal(0, lead.GetAttributeValue<OptionSetValue>("budgetstatus").Value);
        Assert.False(lead.Contains("purchasetimeframe"));
    }

    [Fact]
    public void Create_LookupToMissingRow_FailsNamingTheRow()
    {
        var service = Fixture.NewOrganization().CreateService();
        var missing = Guid.NewGuid();

        var fault = Fixture.Fault(() => service.Create(new Entity("contact") { ["parentcustomerid"] = new EntityReference("account", missing) }));

        Assert.Equal($"account With Id = {missing} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Create_LookupToWrongTable_FailsNamingTheColumn()
    {
        var service = Fixture.NewOrganization().CreateService();
        var lead = Fixture.CreateLead(service);

        var fault = Fixture.Fault(() => service.Create(new Entity("contact") { ["parentcustomerid"] = new EntityReference("lead", lead) }));

        Assert.Contains("'parentcustomerid' of table 'contact'", fault.Message);
    }

    [Fact]
    public void Create_NumberAboveMaximum_FailsNamingTheColumn()
    {
        var service = Fixture.NewOrganization(withSolution: true).CreateService();

        var fault = Fixture.Fault(() => service.Create(new Entity("lead") { ["demo_score"] = 101 }));

        Assert.Contains("'demo_score' on record of type 'lead' is outside the valid range", fault.Message);
    }
}
