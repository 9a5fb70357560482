using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// A lead's transition rows in the order the ledger recorded them (its sequence; one query). After QualifyLead the lead row is read-only,
/// so the funnel's current stage of a qualified lead is the latest row's to-stage.
/// </summary>
public sealed class LeadHistory
{
    private readonly List<Entity> rows;

    private LeadHistory(List<Entity> rows)
    {
        this.rows = rows;
    }

    /// <summary>Reads the lead's transition rows.</summary>
    public static LeadHistory Read(IOrganizationService service, Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition)
        {
            ColumnSet = new ColumnSet(StageTransitionColumns.FromStage, StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn,
                StageTransitionColumns.Sequence, StageTransitionColumns.OpportunityId),
        };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        var ordered = service.RetrieveMultiple(query).Entities
            .OrderBy(e => e.GetAttributeValue<int?>(StageTransitionColumns.Sequence) ?? 0)
            .ToList();
        return new LeadHistory(ordered);
    }

    /// <summary>The sequence number the lead's next transition row takes.</summary>
    public int NextSequence => rows.Count == 0 ? 1 : rows.Max(r => r.GetAttributeValue<int?>(StageTransitionColumns.Sequence) ?? 0) + 1;

    /// <summary>The stage the latest row moved the lead to, or null without rows.</summary>
    public FunnelStage? Current => rows.Count == 0 ? null : To(rows[rows.Count - 1]);

    /// <summary>When the latest row moved the lead, or null without rows.</summary>
    public DateTime? LatestOn => rows.Count == 0 ? null : rows[rows.Count - 1].GetAttributeValue<DateTime?>(StageTransitionColumns.TransitionOn);

    /// <summary>Whether any row moved the lead into <paramref name="stage"/> before.</summary>
    public bool Entered(FunnelStage stage) => rows.Any(r => To(r) == stage);

    /// <summary>The stage the lead left when it last entered one of <paramref name="closed"/>, or null.</summary>
    public FunnelStage? StageBefore(params FunnelStage[] closed)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (To(rows[i]) is FunnelStage to && closed.Contains(to))
            {
                return FunnelOptions.Stage(rows[i].GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage));
            }
        }

        return null;
    }

    private static FunnelStage? To(Entity row) => FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage));
}
