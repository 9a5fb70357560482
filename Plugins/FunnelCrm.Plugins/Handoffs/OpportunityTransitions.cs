using System;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Records the funnel moves that happen after QualifyLead, when the lead row is read-only: the transition row is written
/// directly (through SYSTEM), keyed by the originating lead and the opportunity, and the lead's current stage is the
/// latest row's. Reads: the opportunity, the lead, the lead's transition rows (3 calls), then one create.
/// </summary>
internal sealed class OpportunityTransitions
{
    private readonly LocalPluginContext context;
    private int nextSequence;

    private OpportunityTransitions(LocalPluginContext context, Entity opportunity, Entity lead, LeadHistory history)
    {
        this.context = context;
        Opportunity = opportunity;
        Lead = lead;
        History = history;
        nextSequence = history.NextSequence;
    }

    public Entity Opportunity { get; }

    public Entity Lead { get; }

    public LeadHistory History { get; }

    public FunnelStage? Current => History.Current ?? FunnelOptions.Stage(Lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));

    /// <summary>Reads the opportunity and its originating lead; null when the opportunity came from no lead.</summary>
    public static OpportunityTransitions? Read(LocalPluginContext context, Guid opportunityId)
    {
        var service = context.SystemService;
        var opportunity = service.Retrieve(Tables.Opportunity, opportunityId, new ColumnSet(OpportunityStandardColumns.Name,
            OpportunityStandardColumns.OriginatingLeadId, OpportunityStandardColumns.EstimatedValueBase, OpportunityStandardColumns.ExchangeRate));
        if (opportunity.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId) is not EntityReference leadReference)
        {
            context.Trace("Opportunity {0} has no originating lead: nothing to record.", opportunityId);
            return null;
        }

        var lead = service.Retrieve(Tables.Lead, leadReference.Id, new ColumnSet(LeadStandardColumns.FullName, LeadColumns.Score, LeadColumns.FitScore, LeadColumns.Stage));
        return new OpportunityTransitions(context, opportunity, lead, LeadHistory.Read(service, leadReference.Id));
    }

    /// <summary>
    /// An amount in the opportunity's currency converted to the base currency (divided by the opportunity's exchange
    /// rate, as Dataverse computes its _base columns); without an amount, the opportunity's estimated value in base.
    /// </summary>
    public decimal? BaseAmount(Money? amount)
    {
        if (amount == null)
        {
            return Opportunity.GetAttributeValue<Money>(OpportunityStandardColumns.EstimatedValueBase)?.Value;
        }

        var rate = Opportunity.GetAttributeValue<decimal?>(OpportunityStandardColumns.ExchangeRate) ?? 1m;
        return rate > 0 ? decimal.Round(amount.Value / rate, 4) : amount.Value;
    }

    /// <summary>The lead's funnel state for the stage machine, in its current stage.</summary>
    public LeadFunnelState State()
    {
        var entered = new System.Collections.Generic.List<FunnelStage>();
        foreach (var stage in FunnelStages.All)
        {
            if (History.Entered(stage))
            {
                entered.Add(stage);
            }
        }

        return new LeadFunnelState(Lead.Id, Current, Lead.GetAttributeValue<int?>(LeadColumns.Score) ?? 0, Lead.GetAttributeValue<int?>(LeadColumns.FitScore) ?? 0,
            new System.Collections.Generic.Dictionary<string, object?>(), entered);
    }

    /// <summary>Writes the transition row.</summary>
    public void Record(FunnelStage from, FunnelStage to, DateTime on, TriggerOption trigger, string reason, bool isNetNew, decimal? revenue)
    {
        var row = new TransitionRecord
        {
            LeadId = Lead.Id,
            OpportunityId = Opportunity.Id,
            From = from,
            To = to,
            On = on,
            MovedBy = context.Context.InitiatingUserId,
            Trigger = trigger,
            ScoreThen = Lead.GetAttributeValue<int?>(LeadColumns.Score) ?? 0,
            Reason = reason,
            IsNetNew = isNetNew,
            Sequence = nextSequence++,
            Revenue = revenue,
        }.ToEntity();
        context.SystemService.Create(row);
        context.Trace("Recorded {0} for lead {1} (opportunity {2}).", row[StageTransitionColumns.Name], Lead.Id, Opportunity.Id);
    }
}
