using System;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// A merged lead leaves the funnel: before Merge deactivates the subordinate lead, it moves to Disqualified with the
/// trigger "merged" and the master's name as the reason (through the stage guard), so the funnel stops counting it as
/// open. The master's move, if its score crosses a trigger, is the scoring step's. Calls: read both names and the
/// subordinate's stage (2), then the guarded update.
/// </summary>
[PluginStep(StepId, "Merge", Tables.Lead, PipelineStage.PreOperation, Rank = 2, Description = "Move a merged lead out of the funnel")]
public sealed class LeadMergeStagePlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "4c295a61-f13d-4fa4-8de0-907b1b3df4ca";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (!(context.Context.InputParameters.Contains("SubordinateId") && context.Context.InputParameters["SubordinateId"] is Guid subordinateId))
        {
            return;
        }

        var service = context.SystemService;
        var subordinate = service.Retrieve(Tables.Lead, subordinateId, new ColumnSet(LeadColumns.Stage));
        var stage = FunnelOptions.Stage(subordinate.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (stage == null || FunnelStages.IsClosed(stage.Value))
        {
            return;
        }

        var master = service.Retrieve(Tables.Lead, context.TargetReference.Id, new ColumnSet(LeadStandardColumns.FullName));
        var masterName = master.GetAttributeValue<string>(LeadStandardColumns.FullName) is { Length: > 0 } n ? n : master.Id.ToString();
        service.Update(LeadMoves.Merged(subordinateId, "Merged into '" + masterName + "'"));
    }
}
