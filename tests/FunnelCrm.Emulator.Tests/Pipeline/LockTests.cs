using System;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class LockTests
{
    private static int Counter(IOrganizationService service, Guid lead) =>
        service.Retrieve("lead", lead, new ColumnSet("numberofemployees")).GetAttributeValue<int?>("numberofemployees") ?? 0;

    private static void CreateTasksInParallel(Organization organization, Guid lead, int count)
    {
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            tasks[i] = Task.Run(() => organization.CreateService().Create(new Entity("task") { ["subject"] = "touch", ["regardingobjectid"] = new EntityReference("lead", lead) }));
        }
        Task.WaitAll(tasks);
    }

    [Fact]
    public void TwoThreadsReadBeforeWriting_OneIncrementIsLost()
    {
        var organization = Fixture.NewOrganization();
        var lead = Fixture.CreateLead(organization.CreateService());
        organization.RegisterStep(Fixture.Step<ScoreIncrementPlugin>("Create", "task", PipelineStage.PostOperation, "read-first"));
        ScoreIncrementPlugin.Barriers[organization.Id] = new Barrier(2);

        CreateTasksInParallel(organization, lead, 2);

        Assert.Equal(1, Counter(organization.CreateService(), lead));
    }

    [Fact]
    public void ThreadsLockBeforeReading_NoIncrementIsLost()
    {
        var organization = Fixture.NewOrganization();
        var lead = Fixture.CreateLead(organization.CreateService());
        organization.RegisterStep(Fixture.Step<ScoreIncrementPlugin>("Create", "task", PipelineStage.PostOperation, "lock-first"));

        CreateTasksInParallel(organization, lead, 6);

        Assert.Equal(6, Counter(organization.CreateService(), lead));
    }

    [Fact]
    public async System.Threading.Tasks.Task UncommittedWrite_IsInvisibleToOtherReaders()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service, "Before");
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        organization.RegisterStep(Fixture.Step<BlockingPlugin>("Update", "lead", PipelineStage.PostOperation));
        BlockingPlugin.Gates[organization.Id] = (inside, release);

        var writer = Task.Run(() => organization.CreateService().Update(new Entity("lead", lead) { ["lastname"] = "After" }));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)), "The writer never reached its post-operation step.");
        Assert.False(writer.IsCompleted);
        var seenDuring = service.Retrieve("lead", lead, new ColumnSet("lastname")).GetAttributeValue<string>("lastname");
        release.Set();
        await writer;

        Assert.Equal("After", BlockingPlugin.SeenInside[organization.Id]);
        Assert.Equal("Before", seenDuring);
        Assert.Equal("After", service.Retrieve("lead", lead, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public async System.Threading.Tasks.Task WriterWaitingTooLong_FailsWithTimeout()
    {
        var organization = Fixture.NewOrganization();
        organization.LockTimeout = TimeSpan.FromMilliseconds(200);
        var lead = Fixture.CreateLead(organization.CreateService());
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        organization.RegisterStep(Fixture.Step<BlockingPlugin>("Update", "lead", PipelineStage.PostOperation));
        BlockingPlugin.Gates[organization.Id] = (inside, release);
        var holder = Task.Run(() => organization.CreateService().Update(new Entity("lead", lead) { ["lastname"] = "Holder" }));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)), "The holder never reached its post-operation step.");
        BlockingPlugin.Gates.TryRemove(organization.Id, out _);

        var fault = Fixture.Fault(() => organization.CreateService().Update(new Entity("lead", lead) { ["lastname"] = "Waiter" }));
        var holderWasWaiting = !holder.IsCompleted;
        release.Set();
        await holder;

        Assert.True(holderWasWaiting, "The holder finished before the other writer tried: nothing held the lock.");
        Assert.Equal(ErrorCodes.SqlTimeout, fault.Detail.ErrorCode);
    }
}
