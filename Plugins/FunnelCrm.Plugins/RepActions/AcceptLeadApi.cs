using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_AcceptLead: a rep accepts an MQL (MQL to SAL), the command bar's Accept. The same handoff as the Accept lead
/// workflow activity and a stage update to SAL with the trigger "accepted" (RepHandoffs.Accept): refused for a closed
/// lead or one that is not an MQL, naming the lead and its stage; the acceptance SLA verdict lands on the transition.
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, ExecutePrivilegeName = LeadPrivileges.Write,
    DisplayName = "Accept lead", GermanDisplayName = "Lead annehmen",
    Description = "Sales accepts an MQL (MQL to SAL).", GermanDescription = "Der Vertrieb nimmt einen MQL an (MQL zu SAL).")]
[CustomApiParameter(RepApi.Note, CustomApiFieldType.String, IsOptional = true, DisplayName = "Note", GermanDisplayName = "Notiz",
    Description = "Kept with the transition.", GermanDescription = "Wird mit dem Stufenwechsel gespeichert.")]
[CustomApiResponse(RepApi.Message, CustomApiFieldType.String, DisplayName = "Message", GermanDisplayName = "Meldung",
    Description = "What happened, in words.", GermanDescription = "Was geschehen ist.")]
public sealed class AcceptLeadApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_AcceptLead";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var lead = RepApi.Lead(context);
        context.Context.OutputParameters[RepApi.Message] = RepApi.Handoffs(context).Accept(lead, RepApi.Text(context, RepApi.Note));
    }
}
