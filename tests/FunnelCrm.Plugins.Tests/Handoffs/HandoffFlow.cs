using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Handoffs;

/// <summary>Builds leads at each funnel stage through the real pipeline, as reps and marketing move them.</summary>
internal static class HandoffFlow
{
    public static void FullBant(Entity lead)
    {
        lead[LeadStandardColumns.BudgetStatus] = new OptionSetValue(2);
        lead[LeadStandardColumns.Need] = new OptionSetValue(0);
        lead[LeadStandardColumns.PurchaseTimeframe] = new OptionSetValue(1);
        lead[LeadStandardColumns.DecisionMaker] = true;
    }

    public static void SqlBantOnly(Entity lead)
    {
        lead[LeadStandardColumns.BudgetStatus] = new OptionSetValue(2);
        lead[LeadStandardColumns.Need] = new OptionSetValue(0);
        lead[LeadStandardColumns.PurchaseTimeframe] = new OptionSetValue(1);
    }

    public static Guid Mql(FunnelOrganization crm, Action<Entity>? configure = null, string name = "Contoso - J. Smith")
    {
        var leadId = crm.CreateLead(name: name, configure: configure);
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);
        return leadId;
    }

    public static Entity Move(Guid leadId, int stage, int trigger, string reason)
    {
        var update = new Entity(Tables.Lead, leadId);
        update[LeadColumns.Stage] = new OptionSetValue(stage);
        update[LeadColumns.StageTrigger] = new OptionSetValue(trigger);
        update[LeadColumns.StageReason] = reason;
        return update;
    }

    public static Guid Sal(FunnelOrganization crm, Action<Entity>? configure = null)
    {
        var leadId = Mql(crm, configure);
        crm.System.Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Accepted"));
        return leadId;
    }

    public static Guid Sql(FunnelOrganization crm, Action<Entity>? configure = null)
    {
        var leadId = Sal(crm, configure ?? FullBant);
        crm.System.Update(Move(leadId, FunnelStageOption.Sql, StageTriggerOption.QualifiedToSql, "Budget, need, timeline confirmed"));
        return leadId;
    }

    public static QualifyLeadResponse Qualify(FunnelOrganization crm, Guid leadId, IOrganizationService? service = null, bool createOpportunity = true) =>
        (QualifyLeadResponse)(service ?? crm.System).Execute(new QualifyLeadRequest
        {
            LeadId = new EntityReference(Tables.Lead, leadId),
            CreateAccount = !createOpportunity,
            CreateOpportunity = createOpportunity,
            Status = new OptionSetValue(3),
        });

    public static Guid Opportunity(FunnelOrganization crm, Guid leadId, decimal estimatedValue = 50000m)
    {
        var opportunity = Qualify(crm, leadId).CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity);
        crm.System.Update(new Entity(Tables.Opportunity, opportunity.Id) { ["estimatedvalue"] = new Money(estimatedValue) });
        return opportunity.Id;
    }

    public static void Win(FunnelOrganization crm, Guid opportunityId, decimal revenue) =>
        crm.System.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose")
            {
                ["opportunityid"] = new EntityReference(Tables.Opportunity, opportunityId),
                ["subject"] = "Won",
                ["actualrevenue"] = new Money(revenue),
            },
            Status = new OptionSetValue(3),
        });

    public static void Lose(FunnelOrganization crm, Guid opportunityId) =>
        crm.System.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose")
            {
                ["opportunityid"] = new EntityReference(Tables.Opportunity, opportunityId),
                ["subject"] = "Chose a rival",
            },
            Status = new OptionSetValue(5),
        });

    public static void SetState(FunnelOrganization crm, string table, Guid id, int state, int status, IOrganizationService? service = null) =>
        (service ?? crm.System).Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(table, id),
            State = new OptionSetValue(state),
            Status = new OptionSetValue(status),
        });

    /// <summary>A state change as the unified interface sends it: an Update of statecode and statuscode.</summary>
    public static void UpdateState(FunnelOrganization crm, string table, Guid id, int state, int status, IOrganizationService? service = null) =>
        (service ?? crm.System).Update(new Entity(table, id) { ["statecode"] = new OptionSetValue(state), ["statuscode"] = new OptionSetValue(status) });

    public static Entity LastTransition(FunnelOrganization crm, Guid leadId) => crm.Transitions(leadId).Last();

    public static int To(Entity transition) => transition.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value;

    public static int Trigger(Entity transition) => transition.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value;

    public static IReadOnlyList<Entity> Tasks(FunnelOrganization crm, Guid leadId)
    {
        var query = new QueryExpression(Tables.Task) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(ActivityStandardColumns.RegardingObjectId, ConditionOperator.Equal, leadId);
        return crm.System.RetrieveMultiple(query).Entities.ToList();
    }
}
