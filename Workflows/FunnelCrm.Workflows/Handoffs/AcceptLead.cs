using System.Activities;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Sales accepts an MQL (MQL to SAL) through the stage guard; the acceptance SLA is checked and recorded on the
/// transition. Refuses a missing lead, a closed lead and a lead that is not an MQL, naming the lead and its stage.
/// The same handoff as the fcm_AcceptLead custom API (RepHandoffs.Accept). Calls: read the lead, the guarded update.
/// </summary>
[WorkflowActivity("5d3a6b72-f24e-4fb5-8e01-a172b23f05da", "Accept lead", Description = "Sales accepts an MQL (MQL to SAL)")]
public sealed class AcceptLead : FunnelActivity
{
    /// <summary>The MQL to accept.</summary>
    [RequiredArgument]
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>An optional note kept with the transition.</summary>
    [Input("Note")]
    public InArgument<string> Note { get; set; } = new InArgument<string>();

    /// <summary>What happened, in words.</summary>
    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new OutArgument<string>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(AcceptLead));
        Message.Set(context.Activity, context.Handoffs.Accept(lead, Note.Get(context.Activity)));
    }
}
