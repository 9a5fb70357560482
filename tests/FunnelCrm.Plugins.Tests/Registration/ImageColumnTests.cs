using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Stages;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Registration;

/// <summary>
/// The columns each step reads from its entity images, recorded while a lead's whole funnel runs through the emulator
/// (images of every column, handed out column by column), against the columns its [StepImage] declares, which the
/// packer writes into the solution: a step that reads a column it does not declare would see null in Dataverse. Steps
/// whose reads depend on the row (a fallback read only when the first column is empty) must read no more than they
/// declare; the guard reads its image whole and must declare exactly what it reads.
/// </summary>
public class ImageColumnTests
{
    private static readonly Type[] Recorded =
    {
        typeof(StageGuardPlugin), typeof(TransitionLedgerPlugin), typeof(AcceptanceSlaPlugin), typeof(MqlHandoffPlugin),
        typeof(LeadStatePlugin), typeof(OpportunityOutcomePlugin), typeof(OpportunityReopenPlugin), typeof(ActivityRemovalScoringPlugin),
    };

    /// <summary>The steps that read their lead image whole (every column LeadRecord reads, whatever the lead holds): what they declare is exactly what they read.</summary>
    private static readonly string[] ReadWhole = { nameof(StageGuardPlugin) };

    private static IEnumerable<StepRegistration>? Recording(IReadOnlyList<StepRegistration> declared, ImageReads reads) =>
        Recorded.Contains(declared[0].PluginType) ? RecordingPlugin.Registrations(declared, reads) : null;

    [Fact]
    public void StepImages_TheColumnsEachStepReadsThroughAWholeFunnel_AreExactlyTheColumnsItDeclares()
    {
        var reads = ImageReads.Start();
        var crm = new FunnelOrganization(instead: declared => Recording(declared, reads));

        var (won, reactivated) = WholeFunnel(crm);

        Assert.Equal(FunnelStageOption.Lost, To(LastTransition(crm, won)));
        Assert.Equal(FunnelStageOption.Recycled, crm.Stage(reactivated));
        var declared = Recorded
            .SelectMany(type => type.GetCustomAttributes<StepImageAttribute>(false).Select(image => (Key: (type.Name, image.StepId.ToLowerInvariant(), image.Alias), image.Attributes)))
            .ToDictionary(d => d.Key, d => d.Attributes.OrderBy(c => c, StringComparer.Ordinal).ToList());
        var differences = reads.Recorded
            .Where(r => r.Value.Except(declared[r.Key]).Any() || (ReadWhole.Contains(r.Key.Plugin) && !declared[r.Key].SequenceEqual(r.Value)))
            .Select(r => $"{r.Key.Plugin} step {r.Key.StepId} image '{r.Key.Alias}': reads [{string.Join(", ", r.Value)}], declares [{string.Join(", ", declared[r.Key])}]")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        var exercised = reads.Recorded.Keys.Select(k => k.StepId).ToHashSet();
        Assert.All(new[] { StageGuardPlugin.StepId, TransitionLedgerPlugin.UpdateStepId, AcceptanceSlaPlugin.StepId, MqlHandoffPlugin.StepId,
            LeadStatePlugin.StepId, OpportunityOutcomePlugin.StepId, OpportunityReopenPlugin.StepId, ActivityRemovalScoringPlugin.InteractionStep },
            step => Assert.Contains(step.ToLowerInvariant(), exercised));
    }

    /// <summary>One lead from creation to a won, reopened and lost opportunity; another rejected, disqualified and reactivated.</summary>
    private static (Guid Won, Guid Reactivated) WholeFunnel(FunnelOrganization crm)
    {
        var won = Sql(crm, lead =>
        {
            FullBant(lead);
            lead[LeadStandardColumns.BudgetAmount] = new Money(80000m);
        });
        crm.System.Update(new Entity(Tables.Lead, won) { ["jobtitle"] = "Head of IT" });
        var opportunityId = Opportunity(crm, won);
        Win(crm, opportunityId, 25000m);
        UpdateState(crm, Tables.Opportunity, opportunityId, 0, 2);
        Lose(crm, opportunityId);

        var reactivated = Mql(crm, name: "Fabrikam - K. Lee");
        var visit = crm.AddInteraction(reactivated, InteractionTypeOption.WebVisit);
        crm.System.Delete(Tables.Interaction, visit);
        crm.System.Update(LeadMoves.Reject(reactivated, RejectionReason.NoBudget, "Next year"));
        UpdateState(crm, Tables.Lead, reactivated, 2, 6);
        UpdateState(crm, Tables.Lead, reactivated, 0, 1);
        crm.Organization.DrainAsyncJobs();
        return (won, reactivated);
    }
}
