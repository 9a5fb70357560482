using System;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>One immutable fcm_stagetransition row as every ledger writer records it.</summary>
public sealed class TransitionRecord
{
    /// <summary>The lead.</summary>
    public Guid LeadId { get; set; }

    /// <summary>The opportunity, once there is one.</summary>
    public Guid? OpportunityId { get; set; }

    /// <summary>The stage left (null for a lead's first row).</summary>
    public FunnelStage? From { get; set; }

    /// <summary>The stage entered.</summary>
    public FunnelStage To { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime On { get; set; }

    /// <summary>Who moved the lead.</summary>
    public Guid MovedBy { get; set; }

    /// <summary>What moved it.</summary>
    public TriggerOption Trigger { get; set; }

    /// <summary>Why, in words (at most 400 characters are kept).</summary>
    public string? Reason { get; set; }

    /// <summary>The lead's score at the move.</summary>
    public decimal ScoreThen { get; set; }

    /// <summary>Whether the lead entered the stage for the first time.</summary>
    public bool IsNetNew { get; set; }

    /// <summary>The row's place in the lead's history.</summary>
    public int Sequence { get; set; }

    /// <summary>A won opportunity's revenue in the base currency.</summary>
    public decimal? Revenue { get; set; }

    /// <summary>The row to create.</summary>
    public Entity ToEntity()
    {
        var row = new Entity(Tables.StageTransition);
        row[StageTransitionColumns.Name] = (From == null ? "" : FunnelStages.Label(From.Value) + " -> ") + FunnelStages.Label(To);
        row[StageTransitionColumns.LeadId] = new EntityReference(Tables.Lead, LeadId);
        if (OpportunityId != null)
        {
            row[StageTransitionColumns.OpportunityId] = new EntityReference(Tables.Opportunity, OpportunityId.Value);
        }

        row[StageTransitionColumns.FromStage] = From == null ? null : FunnelOptions.Stage(From.Value);
        row[StageTransitionColumns.ToStage] = FunnelOptions.Stage(To);
        row[StageTransitionColumns.TransitionOn] = DateTime.SpecifyKind(On, DateTimeKind.Utc);
        row[StageTransitionColumns.MovedBy] = new EntityReference(Tables.SystemUser, MovedBy);
        row[StageTransitionColumns.Trigger] = FunnelOptions.Trigger(Trigger);
        row[StageTransitionColumns.ScoreThen] = ScoreThen;
        row[StageTransitionColumns.Reason] = Reason == null || Reason.Length <= 400 ? Reason : Reason.Substring(0, 400);
        row[StageTransitionColumns.IsNetNew] = IsNetNew;
        row[StageTransitionColumns.Sequence] = Sequence;
        if (Revenue != null)
        {
            row[StageTransitionColumns.Revenue] = new Money(Revenue.Value);
        }

        return row;
    }
}
