using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ConcurrentScoringTests
{
    private const int Rounds = 5;

    private static Entity Interaction(Guid leadId) => new Entity(Tables.Interaction)
    {
        [InteractionColumns.Subject] = "Webinar registration",
        [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.WebinarRegistration),
        [InteractionColumns.SourceSystem] = "web",
        [InteractionColumns.ExternalId] = Guid.NewGuid().ToString("N"),
    };

    private static void InTwoThreads(Action each) =>
        Task.WaitAll(Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(each, TaskCreationOptions.LongRunning)).ToArray());

    [Fact]
    public void ConcurrentScoring_TwoActivitiesReachingForOneLeadTogether_LoseNoPoints()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.Organization.RegisterStep(new StepRegistration(typeof(MeetBeforeScoringPlugin), "Create", Tables.Interaction, PipelineStage.PreOperation) { Rank = 0 });
        crm.Organization.RegisterStep(new StepRegistration(typeof(HoldLeadLockPlugin), "Update", Tables.Lead, PipelineStage.PostOperation));
        using var meeting = new Barrier(2);
        var missed = new int[1];
        MeetBeforeScoringPlugin.Meetings[crm.Organization.Id] = (meeting, missed);

        InTwoThreads(() =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                crm.Organization.CreateService().Create(Interaction(leadId));
            }
        });
        MeetBeforeScoringPlugin.Meetings.TryRemove(crm.Organization.Id, out _);

        Assert.Equal(0, missed[0]);
        var stamped = crm.System.RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(ActivityStampColumns.Points) })
            .Entities.Sum(e => e.GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal(2 * Rounds * 10m, stamped);
        Assert.Equal((double)stamped, crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
    }

    [Fact]
    public void ConcurrentScoring_ReadThenWriteWithoutTheLock_LosesAnIncrement()
    {
        var unlocked = SuitePlatform.NewOrganization(new EmulatorClock(FunnelOrganization.Start));
        unlocked.LoadSolutionSource(RepositoryPaths.Solution);
        unlocked.RegisterPlugin<ReadThenWriteScoringPlugin>();
        var leadId = unlocked.CreateService().Create(new Entity(Tables.Lead) { ["lastname"] = "Smith", [LeadStandardColumns.FullName] = "Contoso - J. Smith" });
        using var bothRead = new Barrier(2);
        ReadThenWriteScoringPlugin.BothRead[unlocked.Id] = bothRead;

        InTwoThreads(() => unlocked.CreateService().Create(Interaction(leadId)));
        ReadThenWriteScoringPlugin.BothRead.TryRemove(unlocked.Id, out _);

        Assert.Equal(0, ReadThenWriteScoringPlugin.MissedMeetings(unlocked.Id));
        Assert.Equal(10.0, unlocked.CreateService().Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.BehaviourScore)).GetAttributeValue<double>(LeadColumns.BehaviourScore));
    }
}
