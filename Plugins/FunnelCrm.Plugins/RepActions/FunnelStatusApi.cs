using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_FunnelStatus (a function: reads, writes nothing): where the lead stands for the rep working it (see
/// <see cref="FunnelStatus"/>): its stage, the BANT items the next gate needs that are missing or fail (by name:
/// budget, authority, need, timeline) and what blocks the gate in words, and the MQL acceptance SLA (due time; state
/// none, running or breached). The lead form's guidance reads it.
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, IsFunction = true, ExecutePrivilegeName = LeadPrivileges.Read,
    DisplayName = "Funnel status", GermanDisplayName = "Trichterstatus",
    Description = "The lead's stage, what its next gate still needs and its acceptance SLA.", GermanDescription = "Stufe des Leads, was die nächste Prüfung noch braucht, und seine Annahme-SLA.")]
[CustomApiResponse(Stage, CustomApiFieldType.Picklist, DisplayName = "Stage", GermanDisplayName = "Stufe",
    Description = "A value of fcm_funnelstage.", GermanDescription = "Ein Wert von fcm_funnelstage.")]
[CustomApiResponse(NextGate, CustomApiFieldType.Picklist, DisplayName = "Next gate", GermanDisplayName = "Nächste Prüfung",
    Description = "SQL or Opportunity (fcm_funnelstage); empty when no gate lies ahead.", GermanDescription = "SQL oder Verkaufschance (fcm_funnelstage); leer, wenn keine Prüfung ansteht.")]
[CustomApiResponse(MissingBant, CustomApiFieldType.StringArray, DisplayName = "Missing BANT items", GermanDisplayName = "Fehlende BANT-Angaben",
    Description = "budget, authority, need, timeline: what the next gate needs and is empty.", GermanDescription = "budget, authority, need, timeline: was die nächste Prüfung braucht und leer ist.")]
[CustomApiResponse(FailingBant, CustomApiFieldType.StringArray, DisplayName = "Failing BANT items", GermanDisplayName = "Nicht erfüllte BANT-Angaben",
    Description = "What the next gate needs and is known but fails.", GermanDescription = "Was die nächste Prüfung braucht und bekannt, aber nicht erfüllt ist.")]
[CustomApiResponse(BantMessage, CustomApiFieldType.String, DisplayName = "BANT message", GermanDisplayName = "BANT-Meldung",
    Description = "What blocks the next gate, in words.", GermanDescription = "Was die nächste Prüfung blockiert, in Worten.")]
[CustomApiResponse(SlaDueOn, CustomApiFieldType.DateTime, DisplayName = "SLA due on", GermanDisplayName = "SLA fällig am",
    Description = "When sales must accept or reject the MQL (UTC); empty without a running SLA.", GermanDescription = "Bis wann der Vertrieb den MQL annehmen oder ablehnen muss (UTC); leer ohne laufende SLA.")]
[CustomApiResponse(SlaState, CustomApiFieldType.String, DisplayName = "SLA state", GermanDisplayName = "SLA-Zustand",
    Description = "none, running or breached.", GermanDescription = "none, running oder breached.")]
public sealed class FunnelStatusApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_FunnelStatus";

    /// <summary>Response: the stage.</summary>
    public const string Stage = "Stage";

    /// <summary>Response: the next gate.</summary>
    public const string NextGate = "NextGate";

    /// <summary>Response: the missing items.</summary>
    public const string MissingBant = "MissingBant";

    /// <summary>Response: the failing items.</summary>
    public const string FailingBant = "FailingBant";

    /// <summary>Response: what blocks the gate.</summary>
    public const string BantMessage = "BantMessage";

    /// <summary>Response: the SLA due time.</summary>
    public const string SlaDueOn = "SlaDueOn";

    /// <summary>Response: the SLA state.</summary>
    public const string SlaState = "SlaState";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var lead = RepApi.Lead(context);
        var status = FunnelStatus.Of(FunnelConfigurationSource.For(context), lead, context.Clock.UtcNow);
        var output = context.Context.OutputParameters;
        if (status.Stage is Funnel.FunnelStage stage)
        {
            output[Stage] = FunnelOptions.Stage(stage);
        }

        if (status.NextGate is Funnel.FunnelStage gate)
        {
            output[NextGate] = FunnelOptions.Stage(gate);
        }

        output[MissingBant] = status.MissingBant.Select(BantEvaluation.Name).ToArray();
        output[FailingBant] = status.FailingBant.Select(BantEvaluation.Name).ToArray();
        output[BantMessage] = status.BantMessage;
        if (status.Sla != null)
        {
            output[SlaDueOn] = status.Sla.DueOn;
        }

        output[SlaState] = status.SlaState;
    }
}
