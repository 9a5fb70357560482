using System;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>What an accepted stage move sets on the lead besides the stage: entered-on, first MQL/SAL/SQL dates, recycle count.</summary>
public static class StageMilestones
{
    /// <summary>Writes the move's dates and counters into the lead update.</summary>
    public static void Write(Entity update, LeadRecord before, StageTransition transition, DateTime now)
    {
        update[LeadColumns.StageEnteredOn] = now;
        var milestone = Milestone(transition.To);
        if (milestone != null && before.Row.GetAttributeValue<DateTime?>(milestone) == null)
        {
            update[milestone] = now;
        }

        if (transition.To == FunnelStage.Recycled)
        {
            update[LeadColumns.RecycleCount] = before.RecycleCount + 1;
            if (transition.Rejection is RejectionReason rejection)
            {
                update[LeadColumns.RejectionReason] = FunnelOptions.Rejection(rejection);
            }
        }
    }

    private static string? Milestone(FunnelStage stage)
    {
        switch (stage)
        {
            case FunnelStage.Mql: return LeadColumns.MqlOn;
            case FunnelStage.Sal: return LeadColumns.SalOn;
            case FunnelStage.Sql: return LeadColumns.SqlOn;
            default: return null;
        }
    }
}
