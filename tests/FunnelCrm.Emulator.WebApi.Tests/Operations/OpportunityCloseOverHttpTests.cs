using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.WebApi.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Tests.Operations;

/// <summary>Closing an opportunity with a PATCH of statecode over the Web API: no Win or Lose, no parent context.</summary>
public sealed class OpportunityCloseOverHttpTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PatchOfStatecodeToWon_RecordsTheOriginatingLeadsWonOnceWithTheEstimatedRevenue()
    {
        var (leadId, opportunityId) = QualifiedLeadWithOpportunity(20000m);

        var response = await host.Admin.PatchAsync($"opportunities({opportunityId})", Http.Json("{\"statecode\":1,\"statuscode\":3}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var won = Transitions(leadId).Where(row => row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value == FunnelStageOption.Won).ToList();
        var row = Assert.Single(won);
        Assert.Equal(StageTriggerOption.OpportunityWon, row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.Equal(20000m, row.GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        Assert.Equal(opportunityId, row.GetAttributeValue<EntityReference>(StageTransitionColumns.OpportunityId).Id);
    }

    private (Guid Lead, Guid Opportunity) QualifiedLeadWithOpportunity(decimal estimatedValue)
    {
        var service = host.Organization.CreateService();
        var leadId = service.Create(new Entity(Tables.Lead)
        {
            ["lastname"] = "Smith",
            [LeadStandardColumns.FullName] = "Contoso - J. Smith",
            ["emailaddress1"] = "j.smith@contoso.example",
            [LeadStandardColumns.BudgetStatus] = new OptionSetValue(2),
            [LeadStandardColumns.Need] = new OptionSetValue(0),
            [LeadStandardColumns.PurchaseTimeframe] = new OptionSetValue(1),
            [LeadStandardColumns.DecisionMaker] = true,
        });
        service.Create(new Entity(Tables.Interaction)
        {
            [InteractionColumns.Subject] = "Demo request",
            [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.DemoRequest),
            [InteractionColumns.OccurredOn] = host.Organization.Clock.UtcNow,
            [InteractionColumns.SourceSystem] = "web",
            [InteractionColumns.ExternalId] = "demo-1",
        });
        service.Update(LeadMoves.Accept(leadId, null));
        service.Update(LeadMoves.QualifyToSql(leadId, null));
        var qualified = (QualifyLeadResponse)service.Execute(new QualifyLeadRequest
        {
            LeadId = new EntityReference(Tables.Lead, leadId),
            CreateOpportunity = true,
            Status = new OptionSetValue(3),
        });
        var opportunityId = qualified.CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity).Id;
        service.Update(new Entity(Tables.Opportunity, opportunityId) { ["estimatedvalue"] = new Money(estimatedValue) });
        return (leadId, opportunityId);
    }

    private System.Collections.Generic.List<Entity> Transitions(Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        return host.Organization.CreateService().RetrieveMultiple(query).Entities.ToList();
    }
}
