using System;
using System.Activities;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Checks a lead's MQL acceptance SLA (fcm_sladueon, set when the lead was routed): due time, breached, hours overdue.
/// A breached MQL is recycled (trigger "SLA breached", through the stage guard) when the settings say so
/// (fcm_recycleonslabreach, default yes). A lead without a running SLA reports not breached and says why. Schedule it
/// (e.g. a recurring process over open MQLs): no timer ships. Calls: read the lead, and the guarded update on a recycle.
/// </summary>
[WorkflowActivity("91b7fab6-3682-43f9-a245-e5b6f6743b2e", "Check acceptance SLA", Description = "Due time, breach and hours overdue of an MQL; recycles a breached MQL per the settings")]
public sealed class CheckSla : FunnelActivity
{
    /// <summary>The lead to check.</summary>
    [RequiredArgument]
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>When acceptance is due (unset without a running SLA).</summary>
    [Output("Due on")]
    public OutArgument<DateTime> DueOn { get; set; } = new OutArgument<DateTime>();

    /// <summary>True when the due time has passed.</summary>
    [Output("Breached")]
    public OutArgument<bool> Breached { get; set; } = new OutArgument<bool>();

    /// <summary>Hours past due (two decimals), 0 when not breached.</summary>
    [Output("Hours overdue")]
    public OutArgument<decimal> HoursOverdue { get; set; } = new OutArgument<decimal>();

    /// <summary>True when the breached MQL was recycled.</summary>
    [Output("Recycled")]
    public OutArgument<bool> Recycled { get; set; } = new OutArgument<bool>();

    /// <summary>The verdict in words.</summary>
    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new OutArgument<string>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(CheckSla));
        var now = context.Clock.UtcNow;
        var sla = AcceptanceSla.Running(lead, now);
        if (sla == null)
        {
            Message.Set(context.Activity, "No acceptance SLA is running for lead '" + lead.Name + "' (it is "
                + (lead.Stage == null ? "not in the funnel" : FunnelStages.Label(lead.Stage.Value)) + ").");
            return;
        }

        DueOn.Set(context.Activity, sla.DueOn);
        Breached.Set(context.Activity, sla.IsBreached);
        HoursOverdue.Set(context.Activity, sla.HoursOverdue);
        var recycle = sla.IsBreached && context.Configuration.Settings.RecycleOnSlaBreach;
        if (recycle)
        {
            context.SystemService.Update(LeadMoves.SlaBreached(lead.Id, "MQL not accepted in time: " + sla.Describe()));
        }

        Recycled.Set(context.Activity, recycle);
        Message.Set(context.Activity, "Lead '" + lead.Name + "': " + sla.Describe() + (recycle ? "; recycled." : "."));
    }
}
