using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Messages;

public class SalesMessageTests
{
    private static OrganizationRequest Qualify(Guid lead, bool account, bool contact, bool opportunity) => new("QualifyLead")
    {
        ["LeadId"] = new EntityReference("lead", lead),
        ["CreateAccount"] = account,
        ["CreateContact"] = contact,
        ["CreateOpportunity"] = opportunity,
        ["Status"] = new OptionSetValue(3),
    };

    private static Guid BantLead(IOrganizationService service) => service.Create(new Entity("lead")
    {
        ["subject"] = "Funnel analytics", ["firstname"] = "Jo", ["lastname"] = "Smith", ["companyname"] = "Contoso",
        ["budgetamount"] = new Money(50000m), ["budgetstatus"] = new OptionSetValue(2), ["need"] = new OptionSetValue(0),
        ["purchasetimeframe"] = new OptionSetValue(1), ["decisionmaker"] = true, ["demo_score"] = 70,
    });

    [Fact]
    public void QualifyLead_CreatesRecordsWithMappingsAndLeavesLeadQualified()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var lead = BantLead(service);

        var campaign = service.Create(new Entity("campaign") { ["name"] = "Webinar" });
        var request = new QualifyLeadRequest
        {
            LeadId = new EntityReference("lead", lead), CreateAccount = true, CreateContact = true, CreateOpportunity = true,
            OpportunityCurrencyId = new EntityReference("transactioncurrency", organization.BaseCurrencyId),
            SourceCampaignId = new EntityReference("campaign", campaign), Status = new OptionSetValue(3),
        };

        var response = (QualifyLeadResponse)service.Execute(request);

        var created = response.CreatedEntities;
        Assert.Equal(new[] { "account", "contact", "opportunity" }, created.Select(c => c.LogicalName));
        var opportunity = service.Retrieve("opportunity", created[2].Id, new ColumnSet(true));
        Assert.Equal("Funnel analytics", opportunity.GetAttributeValue<string>("name"));
        Assert.Equal(50000m, opportunity.GetAttributeValue<Money>("budgetamount").Value);
        Assert.Equal(1, opportunity.GetAttributeValue<OptionSetValue>("purchasetimeframe").Value);
        Assert.Equal(70, opportunity.GetAttributeValue<int>("closeprobability"));
        Assert.Equal(created[0].Id, opportunity.GetAttributeValue<EntityReference>("customerid").Id);
        Assert.Equal(lead, opportunity.GetAttributeValue<EntityReference>("originatingleadid").Id);
        Assert.Equal(campaign, opportunity.GetAttributeValue<EntityReference>("campaignid").Id);
        Assert.Equal(organization.BaseCurrencyId, opportunity.GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
        Assert.Equal(created[0].Id, service.Retrieve("contact", created[1].Id, new ColumnSet("parentcustomerid")).GetAttributeValue<EntityReference>("parentcustomerid").Id);
        Assert.Equal("Contoso", service.Retrieve("account", created[0].Id, new ColumnSet("name")).GetAttributeValue<string>("name"));
        var qualified = service.Retrieve("lead", lead, new ColumnSet("statecode", "statuscode", "qualifyingopportunityid"));
        Assert.Equal(1, qualified.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, qualified.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(created[2].Id, qualified.GetAttributeValue<EntityReference>("qualifyingopportunityid").Id);
    }

    [Fact]
    public void QualifiedLead_Update_FailsAsReadOnly()
    {
        var service = Fixture.NewOrganization(withSolution: true).CreateService();
        var lead = BantLead(service);
        service.Execute(Qualify(lead, false, false, true));

        var fault = Fixture.Fault(() => service.Update(new Entity("lead", lead) { ["firstname"] = "Late edit" }));

        Assert.Equal(ErrorCodes.RecordReadOnly, fault.Detail.ErrorCode);
        Assert.Contains("read-only", fault.Message);
    }

    [Fact]
    public void QualifyLead_AlreadyQualified_Fails()
    {
        var service = Fixture.NewOrganization(withSolution: true).CreateService();
        var lead = BantLead(service);
        service.Execute(Qualify(lead, false, false, false));

        var fault = Fixture.Fault(() => service.Execute(Qualify(lead, false, false, true)));

        Assert.Equal("The lead is closed. You cannot convert or qualify a lead that is already closed.", fault.Message);
    }

    [Fact]
    public void QualifyLead_Steps_SeeNoTargetAndChildOperationsRunNested()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var lead = BantLead(service);
        organization.RegisterStep(Fixture.Step<ProbePlugin>("QualifyLead", "lead", PipelineStage.PostOperation, "qualify"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "opportunity", PipelineStage.PreValidation, "opportunity"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "lead", PipelineStage.PostOperation, "lead-update"));

        service.Execute(Qualify(lead, false, false, true));

        var seen = Observations.For(organization);
        var qualify = seen.Single(o => o.Probe == "qualify");
        Assert.DoesNotContain("Target", qualify.InputKeys);
        Assert.Contains("LeadId", qualify.InputKeys);
        Assert.Equal(2, seen.Single(o => o.Probe == "opportunity").Depth);
        Assert.Equal("QualifyLead", seen.Single(o => o.Probe == "opportunity").ParentMessage);
        Assert.Contains(seen, o => o.Probe == "lead-update" && o.Target.ContainsKey("statecode"));
    }

    private static Guid OpenOpportunity(IOrganizationService service) =>
        service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });

    private static OrganizationRequest Close(string message, Guid opportunity, int status, decimal? revenue = null)
    {
        var close = new Entity("opportunityclose") { ["subject"] = "Closed", ["opportunityid"] = new EntityReference("opportunity", opportunity) };
        if (revenue.HasValue)
        {
            close["actualrevenue"] = new Money(revenue.Value);
        }
        return new OrganizationRequest(message) { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(status) };
    }

    [Fact]
    public void WinOpportunity_ClosesAsWonWithActualValueAndCloseActivity()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var opportunity = OpenOpportunity(service);

        var close = new Entity("opportunityclose") { ["subject"] = "Won", ["opportunityid"] = new EntityReference("opportunity", opportunity), ["actualrevenue"] = new Money(1200m) };

        service.Execute(new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) });

        var won = service.Retrieve("opportunity", opportunity, new ColumnSet("statecode", "statuscode", "actualvalue", "actualclosedate"));
        Assert.Equal(1, won.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1200m, won.GetAttributeValue<Money>("actualvalue").Value);
        Assert.Equal(organization.Clock.UtcNow, won.GetAttributeValue<DateTime>("actualclosedate"));
        var activity = service.RetrieveMultiple(new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet("statecode") }).Entities.Single();
        Assert.Equal(1, activity.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void WinAndLose_PluginsSeeTheSdkMessagesWinAndLose_AndTheCloseActivityIsTheirChildCreate()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Win", "opportunity", PipelineStage.PostOperation, "win"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Lose", "opportunity", PipelineStage.PostOperation, "lose"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "opportunityclose", PipelineStage.PostOperation, "close"));
        var service = organization.CreateService();
        var won = OpenOpportunity(service);
        var lost = OpenOpportunity(service);

        service.Execute(Close("WinOpportunity", won, 3));
        service.Execute(Close("LoseOpportunity", lost, 5));

        var seen = Observations.For(organization);
        Assert.Equal(new[] { "close", "win", "close", "lose" }, seen.Select(o => o.Probe));
        Assert.Equal(new[] { "Create", "Win", "Create", "Lose" }, seen.Select(o => o.Message));
        Assert.Equal(new[] { 2, 1, 2, 1 }, seen.Select(o => o.Depth));
    }

    [Fact]
    public void WinAndLose_CloseTheOpportunityWithAChildUpdateOfItsState_AfterTheCloseActivity()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "opportunityclose", PipelineStage.PostOperation, "close"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "opportunity", PipelineStage.PostOperation, "state"));
        var service = organization.CreateService();
        var won = OpenOpportunity(service);
        var lost = OpenOpportunity(service);

        service.Execute(Close("WinOpportunity", won, 3, 1500m));
        service.Execute(Close("LoseOpportunity", lost, 5));

        var seen = Observations.For(organization);
        Assert.Equal(new[] { "close", "state", "state", "close", "state", "state" }, seen.Select(o => o.Probe));
        var states = seen.Where(o => o.Probe == "state" && o.Target.ContainsKey("statecode")).ToList();
        Assert.Equal(2, states.Count);
        Assert.All(states, o => Assert.True(o.Depth > 1, "the state change runs inside Win or Lose"));
        Assert.Contains(seen, o => o.Probe == "state" && o.Target.ContainsKey("actualvalue") && !o.Target.ContainsKey("statecode"));
    }

    [Fact]
    public void SetStateDynamicEntity_RunsItsOwnStepsAndChangesTheState()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("SetStateDynamicEntity", "opportunity", PipelineStage.PostOperation, "dynamic"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("SetState", "opportunity", PipelineStage.PostOperation, "setstate"));
        var service = organization.CreateService();
        var opportunity = OpenOpportunity(service);

        service.Execute(new OrganizationRequest("SetStateDynamicEntity")
        {
            ["EntityMoniker"] = new EntityReference("opportunity", opportunity),
            ["State"] = new OptionSetValue(2),
            ["Status"] = new OptionSetValue(4),
        });

        Assert.Equal(new[] { "dynamic" }, Observations.For(organization).Select(o => o.Probe));
        Assert.Equal(2, service.Retrieve("opportunity", opportunity, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void LoseOpportunity_WithWonStatus_FailsAsInvalidStatus()
    {
        var service = Fixture.NewOrganization().CreateService();
        var opportunity = OpenOpportunity(service);

        var fault = Fixture.Fault(() => service.Execute(Close("LoseOpportunity", opportunity, 3)));

        Assert.Equal(ErrorCodes.InvalidStateTransition, fault.Detail.ErrorCode);
        Assert.Equal("3 is not a valid status code for state code 2 on opportunity.", fault.Message);
    }

    [Fact]
    public void LostOpportunity_Reopened_IsOpenAgainAndCanBeWon()
    {
        var service = Fixture.NewOrganization().CreateService();
        var opportunity = OpenOpportunity(service);
        service.Execute(Close("LoseOpportunity", opportunity, 5));

        service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", opportunity), State = new OptionSetValue(0), Status = new OptionSetValue(2) });
        service.Execute(Close("WinOpportunity", opportunity, 3));

        var reopened = service.Retrieve("opportunity", opportunity, new ColumnSet("statecode"));
        Assert.Equal(1, reopened.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void MergeLeads_MovesActivitiesAndDeactivatesSubordinate()
    {
        var service = Fixture.NewOrganization().CreateService();
        var master = Fixture.CreateLead(service, "Master");
        var subordinate = Fixture.CreateLead(service, "Duplicate");
        var task = service.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("lead", subordinate) });

        service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("lead", master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity("lead") { ["firstname"] = "Merged" },
            ["PerformParentingChecks"] = false,
        });

        Assert.Equal(master, service.Retrieve("task", task, new ColumnSet("regardingobjectid")).GetAttributeValue<EntityReference>("regardingobjectid").Id);
        var merged = service.Retrieve("lead", subordinate, new ColumnSet("merged", "masterid", "statecode"));
        Assert.True(merged.GetAttributeValue<bool>("merged"));
        Assert.Equal(master, merged.GetAttributeValue<EntityReference>("masterid").Id);
        Assert.Equal(2, merged.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal("Merged", service.Retrieve("lead", master, new ColumnSet("firstname")).GetAttributeValue<string>("firstname"));
    }

    [Fact]
    public void WhoAmI_ReturnsTheCallingUser()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");

        var response = (WhoAmIResponse)organization.CreateService(rep).Execute(new WhoAmIRequest());

        Assert.Equal(rep, response.UserId);
        Assert.Equal(organization.Id, response.OrganizationId);
        Assert.Equal(organization.RootBusinessUnitId, response.BusinessUnitId);
    }

    [Fact]
    public void Assign_ToTeam_ChangesOwner()
    {
        var organization = Fixture.NewOrganization(withSolution: true);
        var service = organization.CreateService();
        var team = service.Create(new Entity("team") { ["name"] = "Inside sales" });
        service.Associate("team", team, new Relationship("teamroles_association"),
            new EntityReferenceCollection { new EntityReference("role", organization.Roles.Get("Funnel Rep").Id) });
        var lead = Fixture.CreateLead(service);

        service.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("lead", lead), ["Assignee"] = new EntityReference("team", team) });

        var owner = service.Retrieve("lead", lead, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid");
        Assert.Equal(("team", team), (owner.LogicalName, owner.Id));
    }

    [Fact]
    public void Associate_TeamMembership_AddsAndRemovesIntersectRow()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var team = service.Create(new Entity("team") { ["name"] = "Inside sales" });
        var rep = organization.AddUser("Rita Rep");
        var members = new EntityReferenceCollection { new EntityReference("systemuser", rep) };

        service.Associate("team", team, new Relationship("teammembership_association"), members);
        var afterAssociate = service.RetrieveMultiple(new QueryByAttribute("teammembership") { ColumnSet = new ColumnSet(true), Attributes = { "teamid" }, Values = { team } }).Entities.Count;
        service.Disassociate("team", team, new Relationship("teammembership_association"), members);
        var afterDisassociate = service.RetrieveMultiple(new QueryExpression("teammembership")).Entities.Count;

        Assert.Equal(1, afterAssociate);
        Assert.Equal(0, afterDisassociate);
    }

    [Fact]
    public void SetState_StatusOfAnotherState_FailsNamingBoth()
    {
        var service = Fixture.NewOrganization().CreateService();
        var lead = Fixture.CreateLead(service);

        var fault = Fixture.Fault(() => service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("lead", lead), State = new OptionSetValue(2), Status = new OptionSetValue(3) }));

        Assert.Equal("3 is not a valid status code for state code 2 on lead.", fault.Message);
    }

    [Fact]
    public void Associate_OneToMany_SetsTheChildsLookup()
    {
        var service = Fixture.NewOrganization().CreateService();
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Smith" });

        service.Associate("account", account, new Relationship("contact_customer_accounts"), new EntityReferenceCollection { new EntityReference("contact", contact) });

        Assert.Equal(account, service.Retrieve("contact", contact, new ColumnSet("parentcustomerid")).GetAttributeValue<EntityReference>("parentcustomerid").Id);
    }
}
