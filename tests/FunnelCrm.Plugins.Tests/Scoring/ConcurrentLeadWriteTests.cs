using System;
using System.Runtime.CompilerServices;
using System.Threading;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// A lead write computed inside another lead Update (the profile step's rescoring, the stage guard's recycling) must
/// not lose an activity's points that commit while it runs. The overlap is forced: the activity's scoring is held
/// after it wrote the lead (holding the lead's row lock, not yet committed), the other Update starts and is seen
/// reaching the pipeline (its pre-image read where the platform reads it without the lock), then the activity commits.
/// Whatever the platform does about the row lock (variant L), the lead ends as if the activity had come first.
/// </summary>
public class ConcurrentLeadWriteTests
{
    private static FunnelOrganization Organization(RowLockTiming rowLock)
    {
        var crm = new FunnelOrganization();
        crm.Organization.Platform = crm.Organization.Platform with { RowLock = rowLock };
        return crm;
    }

    private static Entity Profile(Guid leadId) => new(Tables.Lead, leadId) { ["jobtitle"] = "Head of Marketing", [LeadColumns.TargetAccount] = true };

    private static Entity Rejection(Guid leadId)
    {
        var reject = Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "No budget this year");
        reject[LeadColumns.RejectionReason] = new OptionSetValue(RejectionReasonOption.NoBudget);
        return reject;
    }

    /// <summary>Runs the activity and the rep's update overlapping as described above; fails on a timeout or an error in either.</summary>
    private static void Overlap(FunnelOrganization crm, Guid leadId, Entity update, string updateColumn)
    {
        crm.Organization.RegisterStep(new StepRegistration(typeof(HoldOncePlugin), "Update", Tables.Lead, PipelineStage.PostOperation));
        crm.Organization.RegisterStep(new StepRegistration(typeof(HoldOncePlugin), "Update", Tables.Lead, PipelineStage.PreValidation));
        var scored = HoldOncePlugin.Arm(crm.Organization.Id, LeadColumns.BehaviourScore, PipelineStage.PostOperation);
        var reached = HoldOncePlugin.Arm(crm.Organization.Id, updateColumn, PipelineStage.PreValidation);
        reached.Release.Set();
        var rep = crm.Organization.CreateService(crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName));

        var activity = Run(() => crm.AddInteraction(leadId, InteractionTypeOption.WebinarRegistration));
        Assert.True(scored.Arrived.Wait(HoldOncePlugin.Timeout), "The activity's scoring never wrote the lead.");
        var rescore = Run(() => rep.Update(update));
        Assert.True(reached.Arrived.Wait(HoldOncePlugin.Timeout), "The rep's update never reached the pipeline.");
        scored.Release.Set();

        foreach (var (thread, failure) in new[] { activity, rescore })
        {
            Assert.True(thread.Join(HoldOncePlugin.Timeout), "A thread did not finish.");
            Assert.Null(failure.Value);
        }
    }

    private static (Thread Thread, StrongBox<Exception?> Failure) Run(Action action)
    {
        var failure = new StrongBox<Exception?>(null);
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure.Value = e;
            }
        });
        thread.Start();
        return (thread, failure);
    }

    /// <summary>The same two operations one after the other, activity first: what the overlap must come to.</summary>
    private static Entity OneAfterTheOther(Func<FunnelOrganization, Guid> lead, Func<Guid, Entity> update)
    {
        var crm = new FunnelOrganization();
        var leadId = lead(crm);
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarRegistration);
        crm.System.Update(update(leadId));
        return crm.Lead(leadId);
    }

    private static void AssertSameScores(Entity expected, Entity actual)
    {
        Assert.Equal(expected.GetAttributeValue<double>(LeadColumns.BehaviourScore), actual.GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(
            (expected.GetAttributeValue<int>(LeadColumns.FitScore), expected.GetAttributeValue<int>(LeadColumns.Score), expected.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value),
            (actual.GetAttributeValue<int>(LeadColumns.FitScore), actual.GetAttributeValue<int>(LeadColumns.Score), actual.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value));
    }

    [Theory]
    [InlineData(RowLockTiming.BeforePreOperation)]
    [InlineData(RowLockTiming.AtWrite)]
    public void LeadProfile_ActivityCommittingWhileARepChangesTheProfile_LosesNoPoints(RowLockTiming rowLock)
    {
        var crm = Organization(rowLock);
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarRegistration);

        Overlap(crm, leadId, Profile(leadId), "jobtitle");

        var expected = OneAfterTheOther(c => { var id = c.CreateLead(); c.AddInteraction(id, InteractionTypeOption.WebinarRegistration); return id; }, Profile);
        AssertSameScores(expected, crm.Lead(leadId));
    }

    [Theory]
    [InlineData(RowLockTiming.BeforePreOperation)]
    [InlineData(RowLockTiming.AtWrite)]
    public void StageGuard_ActivityCommittingWhileARepRejectsTheLead_RecyclesItsPointsToo(RowLockTiming rowLock)
    {
        var crm = Organization(rowLock);
        var leadId = Mql(crm);

        Overlap(crm, leadId, Rejection(leadId), LeadColumns.Stage);

        var expected = OneAfterTheOther(c => Mql(c), Rejection);
        AssertSameScores(expected, crm.Lead(leadId));
        Assert.Equal(FunnelStageOption.Recycled, crm.Stage(leadId));
    }
}
