using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// The CRM's Disqualify, Reactivate and Qualify state changes of a lead as guarded stage moves, made before the state
/// changes. The unified interface changes a lead's state with an Update of statecode and statuscode (the documented way
/// since SetState was deprecated); code that still sends SetState is caught by the second step, and running twice for
/// one change is harmless because each move checks the stage it starts from. Disqualify: each disqualify status reason moves the lead to Disqualified with the reason in words; "Lost"
/// for a lead in the Opportunity stage moves it to Lost. Reactivate of a disqualified lead: back to the stage it left
/// (from its transition rows), with the trigger "reactivated", not net-new. Reactivating a qualified lead is refused:
/// its funnel continues on the opportunity. Qualified (QualifyLead sets it): refused unless the lead is an SQL with the
/// BANT items Opportunity requires, or already in the Opportunity stage (see <see cref="QualifyLeadPlugin"/>).
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PreOperation, Description = "Disqualify, reactivate and qualify leads through the stage guard",
    FilteringAttributes = new[] { LeadStandardColumns.StateCode, LeadStandardColumns.StatusCode })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.StateCode, LeadStandardColumns.FullName, LeadStandardColumns.BudgetAmountBase,
    LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker, LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe })]
[PluginStep(SetStateStepId, "SetState", Tables.Lead, PipelineStage.PreOperation, Description = "Disqualify, reactivate and qualify leads through the stage guard (SetState from code)")]
[StepImage(SetStateStepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.StateCode, LeadStandardColumns.FullName, LeadStandardColumns.BudgetAmountBase,
    LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker, LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe })]
public sealed class LeadStatePlugin : PluginBase
{
    /// <summary>Step id: Update of statecode or statuscode.</summary>
    public const string StepId = "08e51627-bd9f-4b60-8fac-5c3d7e9fb086";

    /// <summary>Step id: SetState.</summary>
    public const string SetStateStepId = "5d2a6c81-7f3e-4b19-a0c4-9e8b1f2d3a57";

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
        var change = StateChange.Of(context.Context);
        var state = change.State;
        var status = change.Status;
        if (status < 0)
        {
            status = LostReason;
        }

        var stateBefore = before.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? Open;
        var stage = FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (stage == null)
        {
            context.Trace("Lead '{0}' is outside the funnel: its state changes without a funnel move.", name);
            return;
        }

        if (state == stateBefore)
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
            context.SystemService.Update(LeadMoves.Close(leadId, lost ? FunnelStage.Lost : FunnelStage.Disqualified, reason));
            return;
        }

        if (state == Qualified)
        {
            var refusal = QualificationGate.Refusal(new LeadRecord(before), FunnelConfigurationSource.For(context).Settings.Bant);
            if (refusal != null)
            {
                throw new InvalidPluginExecutionException(refusal);
            }

            context.Trace("Lead '{0}' qualified in the {1} stage.", name, FunnelStages.Label(stage.Value));
            return;
        }

        if (state == Open && stateBefore == Qualified)
        {
            throw new InvalidPluginExecutionException("Cannot reactivate lead '" + name + "': it was qualified into an opportunity and its funnel continues there; reopen or work the opportunity instead.");
        }

        if (state == Open && (stage == FunnelStage.Disqualified || stage == FunnelStage.Lost))
        {
            var back = LeadHistory.Read(context.SystemService, leadId).StageBefore(FunnelStage.Disqualified, FunnelStage.Lost) ?? FunnelStage.Known;
            context.SystemService.Update(LeadMoves.Reactivate(leadId, back, "Reactivated: back to " + FunnelStages.Label(back)));
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
