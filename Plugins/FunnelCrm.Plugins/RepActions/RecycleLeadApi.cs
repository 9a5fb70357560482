using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_RecycleLead: a rep sends an MQL, SAL or SQL back to nurturing with a reason of their own, the command bar's
/// Recycle... dialog. The same handoff as a stage update to Recycled by hand with that reason (RepHandoffs.Recycle): the
/// behaviour score is recycled and a later re-entry is not net-new.
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, ExecutePrivilegeName = LeadPrivileges.Write,
    DisplayName = "Recycle lead", GermanDisplayName = "Lead recyceln",
    Description = "Sales sends a lead back to nurturing with a reason.", GermanDescription = "Der Vertrieb gibt einen Lead mit Begründung zurück in die Pflege.")]
[CustomApiParameter(RepApi.Reason, CustomApiFieldType.String, DisplayName = "Reason", GermanDisplayName = "Grund",
    Description = "Why the lead goes back to nurturing.", GermanDescription = "Warum der Lead zurück in die Pflege geht.")]
[CustomApiResponse(RepApi.Message, CustomApiFieldType.String, DisplayName = "Message", GermanDisplayName = "Meldung",
    Description = "What happened, in words.", GermanDescription = "Was geschehen ist.")]
public sealed class RecycleLeadApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_RecycleLead";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var lead = RepApi.Lead(context);
        context.Context.OutputParameters[RepApi.Message] = RepApi.Handoffs(context).Recycle(lead, RepApi.Text(context, RepApi.Reason));
    }
}
