using System.Activities;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Qualifies a SAL to SQL through the BANT gate. The gate's answer is an output, not a failure: Success is false and
/// Message says what is missing ("Cannot move the lead to SQL: budget and timeline are missing.") when the lead is not
/// a SAL or lacks the BANT items SQL requires, and nothing is written. Refuses a missing or closed lead.
/// Calls: read the lead, and the guarded update when it passes.
/// </summary>
[WorkflowActivity("7f5c8d94-1460-41d7-8023-c394d4521f0c", "Qualify lead to SQL", Description = "Qualify a SAL to SQL through the BANT gate")]
public sealed class QualifyToSql : FunnelActivity
{
    /// <summary>The SAL to qualify.</summary>
    [RequiredArgument]
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>An optional note kept with the transition.</summary>
    [Input("Note")]
    public InArgument<string> Note { get; set; } = new InArgument<string>();

    /// <summary>True when the lead moved to SQL.</summary>
    [Output("Success")]
    public OutArgument<bool> Success { get; set; } = new OutArgument<bool>();

    /// <summary>What happened or what blocks it, in words.</summary>
    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new OutArgument<string>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(QualifyToSql));
        RequireOpen(lead, nameof(QualifyToSql));
        var check = lead.Stage == FunnelStage.Sal
            ? LeadHandoff.Check(context, lead, StageEvent.Qualified(context.Clock.UtcNow))
            : null;
        if (check == null || !check.Moved)
        {
            Success.Set(context.Activity, false);
            Message.Set(context.Activity, check?.Message ?? "Cannot qualify lead '" + lead.Name + "' to SQL: it is "
                + (lead.Stage == null ? "not in the funnel" : FunnelStages.Label(lead.Stage.Value)) + "; only a SAL can be qualified to SQL.");
            return;
        }

        context.UserService.Update(LeadMoves.QualifyToSql(lead.Id, Note.Get(context.Activity)));
        Success.Set(context.Activity, true);
        Message.Set(context.Activity, "Lead '" + lead.Name + "' qualified to SQL.");
    }
}
