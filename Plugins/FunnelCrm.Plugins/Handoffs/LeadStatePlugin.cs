using System;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// The CRM's Disqualify and Reactivate buttons (SetState of a lead) as guarded stage moves, made before the state
/// changes. Disqualify: each disqualify status reason moves the lead to Disqualified with the reason in words; "Lost"
/// for a lead in the Opportunity stage moves it to Lost. Reactivate of a disqualified lead: back to the stage it left
/// (from its transition rows), with the trigger "reactivated", not net-new. Reactivating a qualified lead is refused:
/// its funnel continues on the opportunity.
/// </summary>
[PluginStep(StepId, "SetState", Tables.Lead, PipelineStage.PreOperation, Description = "Disqualify and reactivate leads through the stage guard")]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.StateCode, LeadStandardColumns.FullName })]
public sealed class LeadStatePlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "08e51627-bd9f-4b60-8fac-5c3d7e9fb086";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    /// <summary>Lead status (statecode) Open.</summary>
    public const int Open = 0;

    /// <summary>Lead status (statecode) Qualified.</summary>
    public const int Qualified = 1;

    /// <summary>Lead status (statecode) Disqualified.</summary>
    public const int Disqualified = 2;

    /// <summary>Disqualify status reason Lost.</summary>
    public const int LostReason = 4;

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageAlias)!;
        var leadId = context.Context.PrimaryEntityId;
        var name = before.GetAttributeValue<string>(LeadStandardColumns.FullName) is { Length: > 0 } n ? n : "(no name)";
        var state = (context.Context.InputParameters["State"] as OptionSetValue)?.Value;
        var status = (context.Context.InputParameters.Contains("Status") ? context.Context.InputParameters["Status"] as OptionSetValue : null)?.Value ?? -1;
        if (status < 0)
        {
            status = LostReason;
        }

        var stateBefore = before.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? Open;
        var stage = FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (stage == null || state == stateBefore)
        {
            return;
        }

        if (state == Disqualified)
        {
            if (stage == FunnelStage.Disqualified)
            {
                return;
            }

            var lost = status == LostReason && stage == FunnelStage.Opportunity;
            var reason = (lost ? "Lost" : "Disqualified") + ": " + StatusLabel(status);
            context.UserService.Update(LeadMoves.Close(leadId, lost ? FunnelStage.Lost : FunnelStage.Disqualified, reason));
            return;
        }

        if (state == Open && stateBefore == Qualified)
        {
            throw new InvalidPluginExecutionException("Cannot reactivate lead '" + name + "': it was qualified into an opportunity and its funnel continues there; reopen or work the opportunity instead.");
        }

        if (state == Open && (stage == FunnelStage.Disqualified || stage == FunnelStage.Lost))
        {
            var back = LeadHistory.Read(context.SystemService, leadId).StageBefore(FunnelStage.Disqualified, FunnelStage.Lost) ?? FunnelStage.Known;
            context.UserService.Update(LeadMoves.Reactivate(leadId, back, "Reactivated: back to " + FunnelStages.Label(back)));
        }
    }

    private static string StatusLabel(int status)
    {
        switch (status)
        {
            case LostReason: return "Lost";
            case 5: return "Cannot contact";
            case 6: return "No longer interested";
            case 7: return "Canceled";
            default: return "status reason " + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
