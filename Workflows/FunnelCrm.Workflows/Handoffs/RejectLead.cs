using System.Activities;
using System.Linq;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Sales rejects an MQL, SAL or SQL with a reason from the fixed list (to Recycled): the behaviour score is reduced by
/// the settings' recycle factor, and a later re-entry is not net-new. Refuses a missing lead or reason, a reason not on
/// the list, a closed lead and a lead in another stage. Calls: read the lead, the guarded update.
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
        var reason = FunnelOptions.Rejection(Reason.Get(context.Activity));
        if (reason == null)
        {
            throw new InvalidPluginExecutionException("RejectLead needs a rejection reason from the list: "
                + string.Join(", ", RejectionReasons.All.Select(RejectionReasons.Label)) + ".");
        }

        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(RejectLead));
        RequireOpen(lead, nameof(RejectLead));
        var check = LeadHandoff.Check(context, lead, StageEvent.Rejected(context.Clock.UtcNow, reason));
        if (!check.Moved)
        {
            throw new InvalidPluginExecutionException("Cannot reject lead '" + lead.Name + "': " + check.Message);
        }

        context.UserService.Update(LeadMoves.Reject(lead.Id, reason.Value, Note.Get(context.Activity)));
        Message.Set(context.Activity, "Lead '" + lead.Name + "' rejected (" + RejectionReasons.Label(reason.Value) + ") and recycled.");
    }
}
