using System;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class LeadLockOrderTests
{
    /// <summary>
    /// A Merge of two leads and a rep moving an activity from the subordinate to the master at the same moment both
    /// lock the two leads. Where the platform takes a row's lock only at its write (variant L), the plugins' own order
    /// decides: in one order (by id) they queue; in opposite orders each waits for the other until the lock timeout.
    /// </summary>
    [Fact]
    public async Task MergeAndAnActivityMovingBetweenTheSameTwoLeads_AtTheSameMoment_BothCompleteWithNothingCountedTwice()
    {
        var crm = new FunnelOrganization(platform: SuitePlatform.Current with { RowLock = RowLockTiming.AtWrite });
        crm.Organization.LockTimeout = TimeSpan.FromSeconds(10);
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.WebinarRegistration);
        var moving = crm.AddInteraction(subordinate, InteractionTypeOption.Chat);
        crm.Organization.RegisterStep(new StepRegistration(typeof(FirstLockPausePlugin), "Update", Tables.Lead, PipelineStage.PostOperation));
        using var barrier = new Barrier(2);
        FirstLockPausePlugin.Barriers[crm.Organization.Id] = barrier;

        var merge = Task.Run(() => crm.Organization.CreateService().Execute(new MergeRequest
        {
            Target = new EntityReference(Tables.Lead, master), SubordinateId = subordinate, UpdateContent = new Entity(Tables.Lead), PerformParentingChecks = false,
        }));
        var move = Task.Run(() => crm.Organization.CreateService().Update(new Entity(Tables.Interaction, moving) { [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, master) }));
        var failures = await Task.WhenAll(Outcome(merge), Outcome(move));
        FirstLockPausePlugin.Barriers.TryRemove(crm.Organization.Id, out _);

        Assert.Equal(new string?[] { null, null }, failures);
        Assert.Equal(20.0, crm.Lead(master).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(0.0, crm.Lead(subordinate).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
    }

    private static async Task<string?> Outcome(Task operation)
    {
        try
        {
            await operation;
            return null;
        }
        catch (OrganizationServiceFaultException fault)
        {
            return fault.Message;
        }
    }
}
