using System.Activities;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Qualifies a SAL to SQL through the BANT gate. The gate's answer is an output, not a failure: Success is false and
/// Message says what is missing ("Cannot move the lead to SQL: budget and timeline are missing.") when the lead is not
/// a SAL or lacks the BANT items SQL requires, and nothing is written. Refuses a missing or closed lead. The same
/// handoff as the fcm_QualifyToSql custom API (RepHandoffs.QualifyToSql). Calls: read the lead, and the guarded update
/// when it passes.
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
        var outcome = context.Handoffs.QualifyToSql(lead, Note.Get(context.Activity));
        Success.Set(context.Activity, outcome.Moved);
        Message.Set(context.Activity, outcome.Message);
    }
}
