using System;
using System.Linq;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// The ledger's own order of a lead's transitions: each new row gets the next sequence number of its lead (1 for the
/// first), read under the lock the move holds (the lead's row; the opportunity's after QualifyLead), so two moves of
/// one lead never share a number and every reader orders them the same way (createdon may tie).
/// </summary>
public static class TransitionSequence
{
    /// <summary>The sequence number for the lead's next transition row (one query).</summary>
    public static int Next(IOrganizationService service, Guid leadId) => After(Latest(service, leadId));

    /// <summary>The lead's latest transition row by sequence (sequence, from, to and trigger), or null without one (one query).</summary>
    public static Entity? Latest(IOrganizationService service, Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition)
        {
            ColumnSet = new ColumnSet(StageTransitionColumns.Sequence, StageTransitionColumns.FromStage, StageTransitionColumns.ToStage, StageTransitionColumns.Trigger),
            TopCount = 1,
        };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(StageTransitionColumns.Sequence, ConditionOperator.NotNull);
        query.AddOrder(StageTransitionColumns.Sequence, OrderType.Descending);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    /// <summary>The sequence number of the row that follows <paramref name="latest"/> (1 without one).</summary>
    public static int After(Entity? latest) => (latest?.GetAttributeValue<int?>(StageTransitionColumns.Sequence) ?? 0) + 1;

    /// <summary>Whether <paramref name="latest"/> is the record of this move (the same from, to and trigger).</summary>
    public static bool Records(Entity? latest, FunnelStage? from, FunnelStage to, TriggerOption trigger) =>
        latest != null
        && FunnelOptions.Stage(latest.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)) == from
        && FunnelOptions.Stage(latest.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage)) == to
        && FunnelOptions.Trigger(latest.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger)) == trigger;
}
