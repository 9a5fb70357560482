using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// Moves the subordinate's interactions to the master with Update requests inside the Merge, as a platform that runs
/// the merge's child updates through the pipeline would (the activity Update steps then see the Merge as parent).
/// </summary>
[PluginStep(StepId, "Merge", Tables.Lead, PipelineStage.PreOperation, Rank = 2)]
public sealed class ChildReparentingPlugin : PluginBase
{
    public const string StepId = "8e2d4c6a-1b3f-4a5d-9e7c-0f1a2b3c4d5e";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var subordinateId = (System.Guid)context.Context.InputParameters["SubordinateId"];
        var query = new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(InteractionColumns.RegardingObjectId, ConditionOperator.Equal, subordinateId);
        foreach (var interaction in context.SystemService.RetrieveMultiple(query).Entities)
        {
            context.SystemService.Update(new Entity(Tables.Interaction, interaction.Id) { [InteractionColumns.RegardingObjectId] = context.TargetReference });
        }
    }
}
