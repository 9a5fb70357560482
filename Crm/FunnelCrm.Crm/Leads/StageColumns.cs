using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>A stage move as every writer sends it: stage, trigger and reason together in one update.</summary>
public static class StageColumns
{
    /// <summary>Sets stage, trigger and reason of <paramref name="update"/> from an engine transition.</summary>
    public static void Write(Entity update, StageTransition transition) =>
        Write(update, transition.To, FunnelOptions.TriggerOf(transition), transition.Reason);

    /// <summary>Sets stage, trigger and reason of <paramref name="update"/>.</summary>
    public static void Write(Entity update, FunnelStage stage, TriggerOption trigger, string reason)
    {
        update[LeadColumns.Stage] = FunnelOptions.Stage(stage);
        update[LeadColumns.StageTrigger] = FunnelOptions.Trigger(trigger);
        update[LeadColumns.StageReason] = reason.Length <= 400 ? reason : reason.Substring(0, 400);
    }
}
