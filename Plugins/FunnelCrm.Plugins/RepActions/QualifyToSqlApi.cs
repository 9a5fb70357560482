using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_QualifyToSql: a rep qualifies a SAL to SQL through the SQL BANT gate, the command bar's Qualify to SQL. The same
/// handoff as the Qualify lead to SQL workflow activity and a stage update to SQL with the trigger "qualified to SQL"
/// (RepHandoffs.QualifyToSql); where the activity answers "not yet" in its outputs, the API refuses with the same words
/// ("Cannot move the lead to SQL: budget and timeline are missing."), so the command bar shows them.
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, ExecutePrivilegeName = LeadPrivileges.Write,
    DisplayName = "Qualify lead to SQL", GermanDisplayName = "Lead zu SQL qualifizieren",
    Description = "Sales qualifies a SAL to SQL through the BANT gate.", GermanDescription = "Der Vertrieb qualifiziert einen SAL über die BANT-Prüfung zu SQL.")]
[CustomApiParameter(RepApi.Note, CustomApiFieldType.String, IsOptional = true, DisplayName = "Note", GermanDisplayName = "Notiz",
    Description = "Kept with the transition.", GermanDescription = "Wird mit dem Stufenwechsel gespeichert.")]
[CustomApiResponse(RepApi.Message, CustomApiFieldType.String, DisplayName = "Message", GermanDisplayName = "Meldung",
    Description = "What happened, in words.", GermanDescription = "Was geschehen ist.")]
public sealed class QualifyToSqlApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_QualifyToSql";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var lead = RepApi.Lead(context);
        var outcome = RepApi.Handoffs(context).QualifyToSql(lead, RepApi.Text(context, RepApi.Note));
        if (!outcome.Moved)
        {
            throw new InvalidPluginExecutionException(outcome.Message);
        }

        context.Context.OutputParameters[RepApi.Message] = outcome.Message;
    }
}
