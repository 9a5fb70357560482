using System;
using FunnelCrm.Emulator.Tests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Data;

public class OrganizationServiceTests
{
    [Fact]
    public void Create_WithoutId_SetsSystemColumnsOwnerAndDefaultState()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();

        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith" });
        var lead = service.Retrieve("lead", id, new ColumnSet(true));

        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(organization.Clock.UtcNow, lead.GetAttributeValue<DateTime>("createdon"));
        Assert.Equal(organization.Clock.UtcNow, lead.GetAttributeValue<DateTime>("modifiedon"));
        Assert.Equal(organization.SystemUserId, lead.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(organization.SystemUserId, lead.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(0, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(string.IsNullOrEmpty(lead.RowVersion));
    }

    [Fact]
    public void Create_WithCallerSuppliedId_KeepsThatId()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = Guid.NewGuid();

        var returned = service.Create(new Entity("account", id) { ["name"] = "Contoso" });

        Assert.Equal(id, returned);
        Assert.Equal("Contoso", service.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Create_SameIdTwice_FailsAsDuplicate()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = service.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = Fixture.Fault(() => service.Create(new Entity("account", id) { ["name"] = "Again" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_EntityMutatedAfterwards_StoredRowUnchanged()
    {
        var service = Fixture.NewOrganization().CreateService();
        var entity = new Entity("lead") { ["lastname"] = "Smith", ["budgetamount"] = new Money(100m) };

        var id = service.Create(entity);
        entity["lastname"] = "Changed";
        entity.GetAttributeValue<Money>("budgetamount").Value = 999m;
        var lead = service.Retrieve("lead", id, new ColumnSet("lastname", "budgetamount"));

        Assert.Equal("Smith", lead.GetAttributeValue<string>("lastname"));
        Assert.Equal(100m, lead.GetAttributeValue<Money>("budgetamount").Value);
    }

    [Fact]
    public void Retrieve_ReturnedEntityMutated_StoredRowUnchanged()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = service.Create(new Entity("lead") { ["budgetamount"] = new Money(100m) });

        service.Retrieve("lead", id, new ColumnSet(true)).GetAttributeValue<Money>("budgetamount").Value = 5m;

        Assert.Equal(100m, service.Retrieve("lead", id, new ColumnSet("budgetamount")).GetAttributeValue<Money>("budgetamount").Value);
    }

    [Fact]
    public void Retrieve_SomeColumns_ReturnsOnlyThoseAndTheKey()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith", ["firstname"] = "Jo", ["companyname"] = "Contoso" });

        var lead = service.Retrieve("lead", id, new ColumnSet("lastname"));

        Assert.Equal(new[] { "lastname", "leadid" }, new System.Collections.Generic.SortedSet<string>(lead.Attributes.Keys));
    }

    [Fact]
    public void Retrieve_MissingRow_FailsNamingTableAndId()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = Guid.NewGuid();

        var fault = Fixture.Fault(() => service.Retrieve("lead", id, new ColumnSet(true)));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.Equal($"lead With Id = {id} Does Not Exist", fault.Detail.Message);
        Assert.Equal(fault.Detail.Message, fault.Message);
    }

    [Fact]
    public void Update_SomeColumns_ChangesOnlyThoseAndModifiedOn()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith", ["firstname"] = "Jo" });
        organization.Clock.Advance(TimeSpan.FromHours(1));

        service.Update(new Entity("lead", id) { ["firstname"] = "Joanne" });
        var lead = service.Retrieve("lead", id, new ColumnSet(true));

        Assert.Equal("Smith", lead.GetAttributeValue<string>("lastname"));
        Assert.Equal("Joanne", lead.GetAttributeValue<string>("firstname"));
        Assert.Equal(organization.Clock.UtcNow, lead.GetAttributeValue<DateTime>("modifiedon"));
        Assert.Equal(organization.Clock.UtcNow.AddHours(-1), lead.GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void Update_IfRowVersionMatchesWithStaleVersion_FailsAsConcurrencyMismatch()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith" });
        var stale = service.Retrieve("lead", id, new ColumnSet("lastname"));
        service.Update(new Entity("lead", id) { ["firstname"] = "Someone else" });
        var update = new Entity("lead", id) { ["lastname"] = "Mine", RowVersion = stale.RowVersion };

        var fault = Fixture.Fault(() => service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.Detail.ErrorCode);
        Assert.Equal("Smith", service.Retrieve("lead", id, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public void Update_IfRowVersionMatchesWithCurrentVersion_Succeeds()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith" });
        var current = service.Retrieve("lead", id, new ColumnSet("lastname"));

        service.Execute(new UpdateRequest { Target = new Entity("lead", id) { ["lastname"] = "Mine", RowVersion = current.RowVersion }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.Equal("Mine", service.Retrieve("lead", id, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public void Delete_ParentWithCascadeAndRemoveLinkChildren_DeletesActivitiesAndClearsLinks()
    {
        var service = Fixture.NewOrganization().CreateService();
        var lead = Fixture.CreateLead(service);
        var task = service.Create(new Entity("task") { ["subject"] = "Call back", ["regardingobjectid"] = new EntityReference("lead", lead) });
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["originatingleadid"] = new EntityReference("lead", lead) });

        service.Delete("lead", lead);

        Fixture.Fault(() => service.Retrieve("task", task, new ColumnSet(true)));
        Assert.False(service.Retrieve("contact", contact, new ColumnSet(true)).Contains("originatingleadid"));
    }

    [Fact]
    public void Upsert_ByAlternateKey_CreatesThenUpdates()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var keys = new KeyAttributeCollection { { "fcm_externalid", "web-1" } };

        var first = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("fcm_stagetransition", keys) { ["fcm_name"] = "first" } });
        var second = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("fcm_stagetransition", keys) { ["fcm_name"] = "second" } });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(first.Target.Id, second.Target.Id);
        Assert.Equal("second", service.Retrieve("fcm_stagetransition", first.Target.Id, new ColumnSet("fcm_name")).GetAttributeValue<string>("fcm_name"));
    }

    [Fact]
    public void Create_DuplicateAlternateKey_FailsNamingTheKey()
    {
        var service = Fixture.NewOrganization(withSolution: true).CreateService();
        service.Create(new Entity("fcm_stagetransition") { ["fcm_externalid"] = "web-1" });

        var fault = Fixture.Fault(() => service.Create(new Entity("fcm_stagetransition") { ["fcm_externalid"] = "web-1" }));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.Detail.ErrorCode);
        Assert.Contains("The entity key fcm_externalid_key requires that this set of attributes contains unique values", fault.Message);
    }

    [Fact]
    public void Delete_LeadWithSolutionCascade_DeletesItsTransitions()
    {
        var service = Fixture.NewOrganization(withSolution: true).CreateService();
        var lead = Fixture.CreateLead(service);
        var transition = service.Create(new Entity("fcm_stagetransition") { ["fcm_name"] = "to MQL", ["fcm_leadid"] = new EntityReference("lead", lead) });

        service.Delete("lead", lead);

        Fixture.Fault(() => service.Retrieve("fcm_stagetransition", transition, new ColumnSet(true)));
    }

    [Fact]
    public void Delete_ParentOfRestrictRelationship_RefusedNamingTheChild()
    {
        var organization = Fixture.NewOrganization();
        organization.Metadata.AddRelationship(FunnelCrm.Emulator.Metadata.RelationshipMetadata.OneToMany("test_restrict", "account", "opportunity", "parentaccountid", FunnelCrm.Emulator.Metadata.CascadeType.Restrict));
        var service = organization.CreateService();
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var deal = service.Create(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = new EntityReference("account", account) });

        var fault = Fixture.Fault(() => service.Delete("account", account));

        Assert.Equal(ErrorCodes.RestrictedDelete, fault.Detail.ErrorCode);
        Assert.Contains($"opportunity record ({deal}) through test_restrict", fault.Message);
        Assert.NotNull(service.Retrieve("account", account, new ColumnSet("name")));
    }
}
