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
/// A meeting booked with an MQL is an acceptance: when an appointment that is not canceled is created for a lead
/// (regarding, or among the attendees) that is an open MQL, the lead moves to SAL with the trigger "meeting booked",
/// through the stage guard. Calls: 1 (read the lead), plus the guarded update when it moves.
/// </summary>
[PluginStep(StepId, "Create", Tables.Appointment, PipelineStage.PostOperation, Rank = 2, Description = "A meeting booked with an MQL accepts it")]
public sealed class MeetingBookedPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "d5b2e3f4-8a6c-4e3d-9c79-2f0a4b6c8e53";

    private const int Canceled = 2;

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var appointment = context.Target;
        if (appointment.GetAttributeValue<OptionSetValue>(ActivityStandardColumns.StateCode)?.Value == Canceled
            || new ActivityRecord(appointment).LeadId is not System.Guid leadId)
        {
            return;
        }

        var service = context.SystemService;
        var lead = service.Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.Stage, LeadStandardColumns.StateCode));
        if (FunnelOptions.Stage(lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)) != FunnelStage.Mql
            || (lead.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? 0) != 0)
        {
            return;
        }

        service.Update(LeadMoves.MeetingBooked(leadId, appointment.GetAttributeValue<string>(ActivityStandardColumns.Subject)));
        context.Trace("Meeting booked with MQL {0}: accepted.", leadId);
    }
}
