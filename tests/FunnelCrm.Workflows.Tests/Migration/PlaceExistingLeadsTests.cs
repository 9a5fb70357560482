using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Workflows.Migration;
using FunnelCrm.Workflows.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Workflows.Tests.Migration;

public class PlaceExistingLeadsTests
{
    /// <summary>Writes as the organization did before FunnelCrm was installed: no FunnelCrm step runs.</summary>
    private static OrganizationResponse BeforeInstall(WorkflowOrganization crm, OrganizationRequest request)
    {
        request.Parameters["BypassCustomPluginExecution"] = true;
        return crm.System.Execute(request);
    }

    private static Guid ExistingLead(WorkflowOrganization crm, string name, string? email = "lead@contoso.example") =>
        ((CreateResponse)BeforeInstall(crm, new CreateRequest
        {
            Target = new Entity(Tables.Lead) { ["lastname"] = name, [LeadStandardColumns.FullName] = name, ["emailaddress1"] = email },
        })).id;

    private static int? Trigger(Entity row) => row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger)?.Value;

    [Fact]
    public void PlaceExistingLeads_LeadsFromBeforeTheInstall_GetABaselineRowEachThatIsNeitherNetNewNorMeasured()
    {
        var crm = new WorkflowOrganization();
        var engaged = ExistingLead(crm, "Open with a demo request");
        BeforeInstall(crm, new CreateRequest
        {
            Target = new Entity(Tables.Interaction)
            {
                [InteractionColumns.Subject] = "Demo request", [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, engaged),
                [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.DemoRequest), [InteractionColumns.OccurredOn] = crm.Now,
                [InteractionColumns.SourceSystem] = "web", [InteractionColumns.ExternalId] = "old-demo",
            },
        });
        var known = ExistingLead(crm, "Open, nothing happened");
        var phoneOnly = ExistingLead(crm, "Phone only", email: null);
        var disqualified = ExistingLead(crm, "Disqualified");
        BeforeInstall(crm, new UpdateRequest { Target = new Entity(Tables.Lead, disqualified) { [LeadStandardColumns.StateCode] = new OptionSetValue(2), [LeadStandardColumns.StatusCode] = new OptionSetValue(6) } });
        var won = ExistingLead(crm, "Qualified and won");
        var opportunity = ((QualifyLeadResponse)BeforeInstall(crm, new QualifyLeadRequest { LeadId = new EntityReference(Tables.Lead, won), CreateOpportunity = true, Status = new OptionSetValue(3) }))
            .CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity);
        BeforeInstall(crm, new WinOpportunityRequest { OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = opportunity, ["subject"] = "Won" }, Status = new OptionSetValue(3) });

        var first = crm.RunQueued(new PlaceExistingLeads(), null, new Dictionary<string, object>(), crm.Now);
        var second = crm.RunQueued(new PlaceExistingLeads(), null, new Dictionary<string, object>(), crm.Now);
        crm.Organization.DrainAsyncJobs();

        Assert.Equal((4, false), ((int)first["Placed"], (bool)first["MoreRemaining"]));
        Assert.Equal(0, second["Placed"]);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(engaged));
        Assert.Equal(100, crm.Row(engaged).GetAttributeValue<int>(LeadColumns.Score));
        Assert.Equal(FunnelStageOption.Known, crm.Stage(known));
        Assert.Equal(FunnelStageOption.Disqualified, crm.Stage(disqualified));
        Assert.Null(crm.Stage(phoneOnly));
        Assert.Empty(crm.Transitions(phoneOnly));
        var wonRow = Assert.Single(crm.Transitions(won));
        Assert.Equal(FunnelStageOption.Won, wonRow.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value);
        Assert.Equal(opportunity.Id, wonRow.GetAttributeValue<EntityReference>(StageTransitionColumns.OpportunityId).Id);
        var rows = new[] { engaged, known, disqualified, won }.Select(id => Assert.Single(crm.Transitions(id))).ToList();
        Assert.All(rows, r => Assert.Equal(StageTriggerOption.Baseline, Trigger(r)));
        Assert.All(rows, r => Assert.False(r.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew)));
        Assert.All(rows, r => Assert.Null(r.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)));
        Assert.Empty(crm.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(Tables.FunnelSnapshot)).Entities);
        Assert.Empty(crm.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(Tables.Task)).Entities);
    }

    [Fact]
    public void StageGuard_BaselineSentByARep_IsRefused()
    {
        var crm = new WorkflowOrganization();
        var leadId = ExistingLead(crm, "Existing");
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);

        var refusal = Assert.Throws<Emulator.OrganizationServiceFaultException>(() => crm.Organization.CreateService(rep).Update(new Entity(Tables.Lead, leadId)
        {
            [LeadColumns.Stage] = new OptionSetValue(FunnelStageOption.Sql),
            [LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Baseline),
            [LeadColumns.StageReason] = "It was an SQL anyway",
        }));

        Assert.Contains("only FunnelCrm's go-live migration", refusal.Message);
        Assert.Null(crm.Stage(leadId));
    }
}
