using System.Activities;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Sales rejects an MQL, SAL or SQL with a reason from the fixed list (to Recycled): the behaviour score is reduced by
/// the settings' recycle factor, and a later re-entry is not net-new. Refuses a missing lead or reason, a reason not on
/// the list, a closed lead and a lead in another stage. The same handoff as the fcm_RejectLead custom API
/// (RepHandoffs.Reject). Calls: read the lead, the guarded update.
/// </summary>
[WorkflowActivity("6e4b7c83-035f-40c6-9f12-b283c3410feb", "Reject lead", Description = "Sales rejects a lead with a reason (to Recycled)")]
public sealed class RejectLead : FunnelActivity
{
    /// <summary>The lead to reject.</summary>
    [RequiredArgument]
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>The reason, from the fcm_rejectionreason list.</summary>
    [RequiredArgument]
    [Input("Rejection reason")]
    [AttributeTarget("lead", "fcm_rejectionreason")]
    public InArgument<OptionSetValue> Reason { get; set; } = new InArgument<OptionSetValue>();

    /// <summary>An optional note kept with the transition.</summary>
    [Input("Note")]
    public InArgument<string> Note { get; set; } = new InArgument<string>();

    /// <summary>What happened, in words.</summary>
    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new OutArgument<string>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var reason = RepHandoffs.RequireReason(Reason.Get(context.Activity), nameof(RejectLead));
        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(RejectLead));
        Message.Set(context.Activity, context.Handoffs.Reject(lead, reason, Note.Get(context.Activity)));
    }
}
