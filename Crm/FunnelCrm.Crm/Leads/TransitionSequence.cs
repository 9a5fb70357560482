using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
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
    public static int Next(IOrganizationService service, Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(StageTransitionColumns.Sequence), TopCount = 1 };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(StageTransitionColumns.Sequence, ConditionOperator.NotNull);
        query.AddOrder(StageTransitionColumns.Sequence, OrderType.Descending);
        return (service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<int?>(StageTransitionColumns.Sequence) ?? 0) + 1;
    }
}
