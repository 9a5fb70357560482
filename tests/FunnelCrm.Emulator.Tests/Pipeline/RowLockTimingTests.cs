using System;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

/// <summary>
/// Variant L: an Update held in pre-operation either already holds its row's lock (BeforePreOperation) or does not yet
/// (AtWrite), which decides whether another transaction can change the row before the held Update writes.
/// </summary>
public class RowLockTimingTests
{
    private static (Organization Organization, Guid Lead, Task Held, ManualResetEventSlim Release) HoldAnUpdateInPreOperation(RowLockTiming timing)
    {
        var organization = Fixture.NewOrganization();
        organization.Platform = organization.Platform with { RowLock = timing };
        organization.LockTimeout = TimeSpan.FromMilliseconds(300);
        var lead = Fixture.CreateLead(organization.CreateService());
        organization.RegisterStep(new StepRegistration(typeof(BlockingPlugin), "Update", "lead", PipelineStage.PreOperation) { FilteringAttributes = new[] { "jobtitle" } });
        var inside = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        BlockingPlugin.Gates[organization.Id] = (inside, release);
        var held = Task.Run(() => organization.CreateService().Update(new Entity("lead", lead) { ["jobtitle"] = "Held" }));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)), "The held Update never reached pre-operation.");
        return (organization, lead, held, release);
    }

    [Fact]
    public async Task RowLock_BeforePreOperation_AnotherWriterWaitsForTheHeldUpdate()
    {
        var (organization, lead, held, release) = HoldAnUpdateInPreOperation(RowLockTiming.BeforePreOperation);

        var waited = Fixture.Fault(() => organization.CreateService().Update(new Entity("lead", lead) { ["numberofemployees"] = 5 }));
        release.Set();

        Assert.Equal(ErrorCodes.SqlTimeout, waited.Detail.ErrorCode);
        await held.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RowLock_AtWrite_AnotherWriterCommitsBeforeTheHeldUpdateWrites()
    {
        var (organization, lead, held, release) = HoldAnUpdateInPreOperation(RowLockTiming.AtWrite);

        organization.CreateService().Update(new Entity("lead", lead) { ["numberofemployees"] = 5 });
        var committed = organization.CreateService().Retrieve("lead", lead, new ColumnSet("numberofemployees", "jobtitle"));
        release.Set();

        await held.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((5, (string?)null), (committed.GetAttributeValue<int>("numberofemployees"), committed.GetAttributeValue<string>("jobtitle")));
        var after = organization.CreateService().Retrieve("lead", lead, new ColumnSet("numberofemployees", "jobtitle"));
        Assert.Equal((5, "Held"), (after.GetAttributeValue<int>("numberofemployees"), after.GetAttributeValue<string>("jobtitle")));
    }
}
