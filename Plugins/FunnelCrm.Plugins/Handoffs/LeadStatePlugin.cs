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
/// The CRM's Disqualify, Reactivate and Qualify state changes of a lead as guarded stage moves. The unified interface
/// changes a lead's state with an Update of statecode and statuscode (the documented way since SetState was
/// deprecated); code that still sends SetState is caught by the SetState steps. Before the change (pre-operation) the
/// refusals: Qualified (QualifyLead sets it) is refused unless the lead is an SQL with the BANT items Opportunity
/// requires, or already in the Opportunity stage (see <see cref="QualifyLeadPlugin"/>); reactivating a qualified lead
/// is refused, its funnel continues on the opportunity. After the change (post-operation, on the stage the save left
/// the lead in, so a save that also moves the stage counts that move first whether the platform runs its Update steps
/// once or twice) the moves: each disqualify status reason moves the lead to Disqualified with the reason in words,
/// "Lost" for a lead in the Opportunity stage to Lost; reactivating a disqualified or lost lead moves it back to the
/// stage it left (from its transition rows), with the trigger "reactivated", not net-new. Running twice for one change
/// (SetState and the Update it makes) is harmless: each move checks the stage it starts from. The moves are FunnelCrm's
/// own bookkeeping and go through SYSTEM. A lead outside the funnel (no stage) is ungoverned: its state changes are
/// traced and allowed.
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PreOperation, Description = "Refuse qualifying a lead the gate stops and reactivating a qualified lead",
    FilteringAttributes = new[] { LeadStandardColumns.StateCode, LeadStandardColumns.StatusCode })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.StateCode, LeadStandardColumns.FullName, LeadStandardColumns.BudgetAmountBase,
    LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker, LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe })]
[PluginStep(SetStateStepId, "SetState", Tables.Lead, PipelineStage.PreOperation, Description = "Refuse qualifying a lead the gate stops and reactivating a qualified lead (SetState from code)")]
[StepImage(SetStateStepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.StateCode, LeadStandardColumns.FullName, LeadStandardColumns.BudgetAmountBase,
    LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker, LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe })]
[PluginStep(MoveStepId, "Update", Tables.Lead, PipelineStage.PostOperation, Rank = 3, Description = "Disqualify and reactivate leads through the stage guard",
    FilteringAttributes = new[] { LeadStandardColumns.StateCode, LeadStandardColumns.StatusCode })]
[StepImage(MoveStepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadStandardColumns.StateCode })]
[StepImage(MoveStepId, AfterAlias, StepImageType.PostImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.FullName })]
[PluginStep(SetStateMoveStepId, "SetState", Tables.Lead, PipelineStage.PostOperation, Rank = 3, Description = "Disqualify and reactivate leads through the stage guard (SetState from code)")]
[StepImage(SetStateMoveStepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadStandardColumns.StateCode })]
[StepImage(SetStateMoveStepId, AfterAlias, StepImageType.PostImage, Attributes = new[] { LeadColumns.Stage, LeadStandardColumns.FullName })]
public sealed class LeadStatePlugin : PluginBase
{
    /// <summary>Step id: refusals on Update of statecode or statuscode.</summary>
    public const string StepId = "08e51627-bd9f-4b60-8fac-5c3d7e9fb086";

    /// <summary>Step id: refusals on SetState.</summary>
    public const string SetStateStepId = "5d2a6c81-7f3e-4b19-a0c4-9e8b1f2d3a57";

    /// <summary>Step id: moves after an Update of statecode or statuscode.</summary>
    public const string MoveStepId = "6a9e3f12-4c7b-4d58-9e21-8b3c5d7f1a64";

    /// <summary>Step id: moves after SetState.</summary>
    public const string SetStateMoveStepId = "7b0f4a23-5d8c-4e69-af32-9c4d6e8a2b75";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    /// <summary>The post-image alias.</summary>
    public const string AfterAlias = "after";

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
        var change = StateChange.Of(context.Context);
        var state = change.State;
        var stateBefore = before.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? Open;
        if (state == null || state == stateBefore)
        {
            return;
        }

        if (context.Context.Stage == (int)PipelineStage.PreOperation)
        {
            Refuse(context, before, state.Value, stateBefore);
            return;
        }

        Move(context, context.PostImage(AfterAlias)!, state.Value, change.Status < 0 ? LostReason : change.Status, stateBefore);
    }

    private static void Refuse(LocalPluginContext context, Entity before, int state, int stateBefore)
    {
        var name = Name(before);
        var stage = FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (stage == null)
        {
            context.Trace("Lead '{0}' is outside the funnel: its state changes without a funnel move.", name);
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
    }

    private static void Move(LocalPluginContext context, Entity after, int state, int status, int stateBefore)
    {
        var leadId = context.Context.PrimaryEntityId;
        var name = Name(after);
        var stage = FunnelOptions.Stage(after.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (stage == null)
        {
            return;
        }

        if (state == Disqualified)
        {
            if (stage == FunnelStage.Disqualified || stage == FunnelStage.Lost)
            {
                context.Trace("Lead '{0}' is already closed ({1}).", name, FunnelStages.Label(stage.Value));
                return;
            }

            var lost = status == LostReason && stage == FunnelStage.Opportunity;
            var reason = (lost ? "Lost" : "Disqualified") + ": " + StatusLabel(status);
            context.SystemService.Update(LeadMoves.Close(leadId, lost ? FunnelStage.Lost : FunnelStage.Disqualified, reason));
            return;
        }

        if (state == Open && stateBefore != Qualified && (stage == FunnelStage.Disqualified || stage == FunnelStage.Lost))
        {
            var back = LeadHistory.Read(context.SystemService, leadId).StageBefore(FunnelStage.Disqualified, FunnelStage.Lost) ?? FunnelStage.Known;
            context.SystemService.Update(LeadMoves.Reactivate(leadId, back, "Reactivated: back to " + FunnelStages.Label(back)));
        }
    }

    private static string Name(Entity lead) => lead.GetAttributeValue<string>(LeadStandardColumns.FullName) is { Length: > 0 } n ? n : "(no name)";

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
