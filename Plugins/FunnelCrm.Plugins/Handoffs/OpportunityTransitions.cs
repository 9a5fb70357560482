using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Configuration;
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
/// Records the funnel moves an opportunity makes for its originating lead (won, lost, reopened). The transition row is
/// written directly (through SYSTEM), keyed by the lead and the opportunity, with the stage the ledger says the lead is
/// in: after QualifyLead the lead row is read-only. A lead that is still open (an opportunity created from its form)
/// follows with a guarded stage update, so its own stage agrees with the ledger. Reads: the opportunity, the lead
/// (after taking its lock, so no move of the lead runs in between), the lead's transition rows; then the row, and for
/// an open lead its update.
/// </summary>
internal sealed class OpportunityTransitions
{
    private readonly LocalPluginContext context;

    private OpportunityTransitions(LocalPluginContext context, Entity opportunity, Entity lead, LeadHistory history)
    {
        this.context = context;
        Opportunity = opportunity;
        Lead = lead;
        History = history;
    }

    public Entity Opportunity { get; }

    public Entity Lead { get; }

    public LeadHistory History { get; }

    public FunnelStage? Current => History.Current ?? FunnelOptions.Stage(Lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));

    /// <summary>The opportunity's status reason as it is now.</summary>
    public int? Status => Opportunity.GetAttributeValue<OptionSetValue>(OpportunityStandardColumns.StatusCode)?.Value;

    /// <summary>The opportunity's actual revenue, in its own currency.</summary>
    public Money? ActualValue => Opportunity.GetAttributeValue<Money>(OpportunityStandardColumns.ActualValue);

    /// <summary>The opportunity's actual close date.</summary>
    public DateTime? ActualCloseDate => Opportunity.GetAttributeValue<DateTime?>(OpportunityStandardColumns.ActualCloseDate);

    /// <summary>Reads the opportunity and its originating lead; null when the opportunity came from no lead.</summary>
    public static OpportunityTransitions? Read(LocalPluginContext context, Guid opportunityId)
    {
        var service = context.SystemService;
        var opportunity = service.Retrieve(Tables.Opportunity, opportunityId, new ColumnSet(OpportunityStandardColumns.Name,
            OpportunityStandardColumns.OriginatingLeadId, OpportunityStandardColumns.EstimatedValueBase, OpportunityStandardColumns.ExchangeRate,
            OpportunityStandardColumns.StatusCode, OpportunityStandardColumns.ActualValue, OpportunityStandardColumns.ActualCloseDate));
        if (opportunity.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId) is not EntityReference leadReference)
        {
            context.Trace("Opportunity {0} has no originating lead: nothing to record.", opportunityId);
            return null;
        }

        service.Update(new Entity(Tables.Lead, leadReference.Id));
        var lead = service.Retrieve(Tables.Lead, leadReference.Id, new ColumnSet(LeadStandardColumns.FullName, LeadStandardColumns.StateCode,
            LeadColumns.Score, LeadColumns.FitScore, LeadColumns.Stage));
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

    /// <summary>
    /// The time a move of the lead takes: <paramref name="requested"/>, but never before the lead's latest row (a close
    /// dated before the lead became an opportunity would otherwise give the stage a negative duration).
    /// </summary>
    public DateTime NotBeforeLatest(DateTime requested) =>
        History.LatestOn is DateTime latest && latest > requested ? latest : requested;

    /// <summary>
    /// Moves the lead as the stage machine says for <paramref name="stageEvent"/> from the stage the ledger holds:
    /// writes the row (with the opportunity, and <paramref name="revenue"/> in the base currency) and, for a lead that is
    /// still open, the lead's own stage. A move the machine does not make (the lead is not where the event applies, or
    /// already there: the same close seen twice) records nothing and is traced.
    /// </summary>
    public void Apply(StageEvent stageEvent, TriggerOption trigger, decimal? revenue)
    {
        var result = FunnelConfigurationSource.For(context).Stages.Apply(State(), stageEvent);
        if (!result.Moved || result.Transition == null)
        {
            context.Trace("Lead {0} does not move for opportunity {1}: {2}", Lead.Id, Opportunity.Id, result.Message);
            return;
        }

        var transition = result.Transition;
        var name = Opportunity.GetAttributeValue<string>(OpportunityStandardColumns.Name);
        var reason = transition.Reason + (string.IsNullOrWhiteSpace(name) ? "" : " ('" + name + "')");
        var row = new TransitionRecord
        {
            LeadId = Lead.Id,
            OpportunityId = Opportunity.Id,
            From = transition.From,
            To = transition.To,
            On = transition.On,
            MovedBy = context.Context.InitiatingUserId,
            Trigger = trigger,
            ScoreThen = Lead.GetAttributeValue<int?>(LeadColumns.Score) ?? 0,
            Reason = reason,
            IsNetNew = transition.IsNetNew,
            Sequence = History.NextSequence,
            Revenue = revenue,
        }.ToEntity();
        context.SystemService.Create(row);
        context.Trace("Recorded {0} for lead {1} (opportunity {2}).", row[StageTransitionColumns.Name], Lead.Id, Opportunity.Id);
        if ((Lead.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? 0) == 0)
        {
            context.SystemService.Update(LeadMoves.FollowOpportunity(Lead.Id, transition.To, trigger, reason));
            context.Trace("Lead {0} is still open: its stage follows to {1}.", Lead.Id, transition.To);
        }
    }

    private LeadFunnelState State()
    {
        var entered = new List<FunnelStage>();
        foreach (var stage in FunnelStages.All)
        {
            if (History.Entered(stage))
            {
                entered.Add(stage);
            }
        }

        return new LeadFunnelState(Lead.Id, Current, Lead.GetAttributeValue<int?>(LeadColumns.Score) ?? 0, Lead.GetAttributeValue<int?>(LeadColumns.FitScore) ?? 0,
            new Dictionary<string, object?>(), entered);
    }
}
