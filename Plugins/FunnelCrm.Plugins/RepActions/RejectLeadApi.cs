using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_RejectLead: a rep rejects an MQL, SAL or SQL with a reason from fcm_rejectionreason and an optional note (to
/// Recycled), the command bar's Reject... dialog. The same handoff as the Reject lead workflow activity and a stage update
/// to Recycled with the trigger "rejected" (RepHandoffs.Reject): the behaviour score is recycled, a reason not on the
/// list or a lead in another stage is refused.
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, ExecutePrivilegeName = LeadPrivileges.Write,
    DisplayName = "Reject lead", GermanDisplayName = "Lead ablehnen",
    Description = "Sales rejects a lead with a reason from the list (to Recycled).", GermanDescription = "Der Vertrieb lehnt einen Lead mit einem Grund aus der Liste ab (zu Recycelt).")]
[CustomApiParameter(RepApi.Reason, CustomApiFieldType.Picklist, DisplayName = "Rejection reason", GermanDisplayName = "Ablehnungsgrund",
    Description = "A value of the fcm_rejectionreason choice.", GermanDescription = "Ein Wert der Auswahl fcm_rejectionreason.")]
[CustomApiParameter(RepApi.Note, CustomApiFieldType.String, IsOptional = true, DisplayName = "Note", GermanDisplayName = "Notiz",
    Description = "Kept with the transition.", GermanDescription = "Wird mit dem Stufenwechsel gespeichert.")]
[CustomApiResponse(RepApi.Message, CustomApiFieldType.String, DisplayName = "Message", GermanDisplayName = "Meldung",
    Description = "What happened, in words.", GermanDescription = "Was geschehen ist.")]
public sealed class RejectLeadApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_RejectLead";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Context.InputParameters;
        var reason = RepHandoffs.RequireReason(input.Contains(RepApi.Reason) ? input[RepApi.Reason] as OptionSetValue : null, "Rejecting a lead");
        var lead = RepApi.Lead(context);
        context.Context.OutputParameters[RepApi.Message] = RepApi.Handoffs(context).Reject(lead, reason, RepApi.Text(context, RepApi.Note));
    }
}
