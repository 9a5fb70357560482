using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class PlatformVariantTests
{
    private static Organization Under(PlatformBehaviour platform)
    {
        var organization = Fixture.NewOrganization();
        organization.Platform = platform;
        return organization;
    }

    [Theory]
    [InlineData(FilteringMatch.OriginalRequest, false)]
    [InlineData(FilteringMatch.CurrentTarget, true)]
    public void Filtering_ColumnAddedByAnEarlierPreOperationStep_FiresAFilteredStepOnlyWhenMatchedAgainstTheCurrentTarget(FilteringMatch filtering, bool fires)
    {
        var organization = Under(PlatformBehaviour.Default with { Filtering = filtering });
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<SetTargetPlugin>("Update", "lead", PipelineStage.PreOperation, "description=added by a step"));
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PostOperation)
        {
            UnsecureConfiguration = "filtered", FilteringAttributes = new[] { "description" },
        });

        service.Update(new Entity("lead", id) { ["firstname"] = "Jo" });

        Assert.Equal(fires, Observations.For(organization).Any(o => o.Probe == "filtered"));
    }

    [Fact]
    public void StateUpdateTwice_StateWithOtherColumns_PreValidationOnceThenOtherColumnsThenState()
    {
        var organization = Under(PlatformBehaviour.Default with { StateUpdate = StateUpdateSteps.Twice });
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "lead", PipelineStage.PreValidation, "validation"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "lead", PipelineStage.PreOperation, "pre"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "lead", PipelineStage.PostOperation, "post"));

        service.Update(new Entity("lead", id) { ["firstname"] = "Jo", ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(6) });

        var seen = Observations.For(organization);
        Assert.Equal(new[] { "validation", "pre", "post", "pre", "post" }, seen.Select(o => o.Probe));
        Assert.Equal(new[] { "firstname", "statecode", "statuscode" }, seen[0].Target.Keys.Where(k => k != "leadid").OrderBy(k => k));
        Assert.Equal(new[] { "firstname" }, seen[1].Target.Keys.Where(k => k != "leadid"));
        Assert.Equal(new[] { "statecode", "statuscode" }, seen[3].Target.Keys.Where(k => k != "leadid").OrderBy(k => k));
        Assert.Equal(6, service.Retrieve("lead", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void StateUpdateOnce_StateWithOtherColumns_EveryStageOnceWithTheWholeTarget()
    {
        var organization = Under(PlatformBehaviour.Default with { StateUpdate = StateUpdateSteps.Once });
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "lead", PipelineStage.PreOperation, "pre"));

        service.Update(new Entity("lead", id) { ["firstname"] = "Jo", ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(6) });

        var seen = Assert.Single(Observations.For(organization));
        Assert.Equal(new[] { "firstname", "statecode", "statuscode" }, seen.Target.Keys.Where(k => k != "leadid").OrderBy(k => k));
    }

    [Theory]
    [InlineData(RowLockTiming.BeforePreOperation, false)]
    [InlineData(RowLockTiming.AtWrite, true)]
    public async Task RowLock_AnotherWriterDuringPreOperation_WaitsOnlyWhenTheLockIsTakenBeforePreOperation(RowLockTiming rowLock, bool otherWriterGetsThrough)
    {
        var organization = Under(PlatformBehaviour.Default with { RowLock = rowLock });
        organization.LockTimeout = TimeSpan.FromMilliseconds(300);
        var lead = Fixture.CreateLead(organization.CreateService());
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        organization.RegisterStep(Fixture.Step<BlockingPlugin>("Update", "lead", PipelineStage.PreOperation));
        BlockingPlugin.Gates[organization.Id] = (inside, release);
        var holder = Task.Run(() => organization.CreateService().Update(new Entity("lead", lead) { ["lastname"] = "Holder" }));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)), "The first update never reached pre-operation.");
        BlockingPlugin.Gates.TryRemove(organization.Id, out _);

        var other = Record.Exception(() => organization.CreateService().Update(new Entity("lead", lead) { ["firstname"] = "Other" }));
        release.Set();
        await holder;

        Assert.Equal(otherWriterGetsThrough, other == null);
        Assert.True(other == null || ((OrganizationServiceFaultException)other).Detail.ErrorCode == ErrorCodes.SqlTimeout, other?.Message);
    }

    [Theory]
    [InlineData(MergeReparenting.Direct, false)]
    [InlineData(MergeReparenting.ThroughUpdate, true)]
    public void Merge_SubordinatesChild_IsReparentedWithItsUpdateStepsOnlyThroughUpdate(MergeReparenting merge, bool childUpdateRuns)
    {
        var organization = Under(PlatformBehaviour.Default with { Merge = merge });
        var service = organization.CreateService();
        var master = Fixture.CreateLead(service, "Master");
        var subordinate = Fixture.CreateLead(service, "Duplicate");
        var task = service.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("lead", subordinate) });
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Update", "task", PipelineStage.PreValidation, "child"));

        service.Execute(new MergeRequest { Target = new EntityReference("lead", master), SubordinateId = subordinate, UpdateContent = new Entity("lead"), PerformParentingChecks = false });

        Assert.Equal(master, service.Retrieve("task", task, new ColumnSet("regardingobjectid")).GetAttributeValue<EntityReference>("regardingobjectid").Id);
        var child = Observations.For(organization).SingleOrDefault(o => o.Probe == "child");
        Assert.Equal(childUpdateRuns, child != null);
        if (child != null)
        {
            Assert.Equal("Merge", child.ParentMessage);
            Assert.Equal(organization.SystemUserId, child.UserId);
            Assert.Equal(new[] { "regardingobjectid" }, child.Target.Keys.Where(k => k != "activityid"));
        }
    }

    [Fact]
    public void SetState_RunsTheSetStateStepsAndTheUpdateStepsOfItsChildUpdate()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service);
        organization.RegisterStep(Fixture.Step<ProbePlugin>("SetState", "lead", PipelineStage.PreOperation, "setstate"));
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PreValidation)
        {
            UnsecureConfiguration = "update", FilteringAttributes = new[] { "statecode" },
        });

        service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("lead", lead), State = new OptionSetValue(2), Status = new OptionSetValue(6) });

        var seen = Observations.For(organization);
        Assert.Equal(new[] { "setstate", "update" }, seen.Select(o => o.Probe));
        var update = seen[1];
        Assert.Equal("SetState", update.ParentMessage);
        Assert.Equal(2, ((OptionSetValue)update.Target["statecode"]!).Value);
        Assert.Equal(6, ((OptionSetValue)update.Target["statuscode"]!).Value);
    }

    [Fact]
    public void WinAndLose_RunTheOpportunitysUpdateStepsForItsState()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Update", "opportunity", PipelineStage.PreValidation)
        {
            UnsecureConfiguration = "state", FilteringAttributes = new[] { "statecode" },
        });
        var service = organization.CreateService();
        var won = service.Create(new Entity("opportunity") { ["name"] = "Won deal", ["estimatedvalue"] = new Money(1000m) });
        var lost = service.Create(new Entity("opportunity") { ["name"] = "Lost deal" });

        service.Execute(new WinOpportunityRequest { OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", won) }, Status = new OptionSetValue(3) });
        service.Execute(new LoseOpportunityRequest { OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", lost) }, Status = new OptionSetValue(4) });

        var seen = Observations.For(organization).Where(o => o.Probe == "state").ToList();
        Assert.Equal(new[] { "Win", "Lose" }, seen.Select(o => o.ParentMessage).Distinct());
        Assert.Contains(seen, o => o.PrimaryEntityId == won && ((OptionSetValue)o.Target["statecode"]!).Value == 1);
        Assert.Contains(seen, o => o.PrimaryEntityId == lost && ((OptionSetValue)o.Target["statecode"]!).Value == 2);
    }

    [Fact]
    public void CallLatency_EveryServiceCall_WaitsTheSetDelayBeforeItRuns()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service);
        organization.CallLatency = TimeSpan.FromMilliseconds(40);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < 3; i++)
        {
            service.Retrieve("lead", lead, new ColumnSet("lastname"));
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(120), $"Three calls at 40 ms took {watch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void PlatformBehaviour_TextForm_RoundTripsAndNamesWhatItCannotRead()
    {
        var platform = new PlatformBehaviour { Merge = MergeReparenting.ThroughUpdate, StateUpdate = StateUpdateSteps.Once, Filtering = FilteringMatch.CurrentTarget, RowLock = RowLockTiming.AtWrite };

        Assert.Equal(platform, PlatformBehaviour.Parse(platform.ToString()));
        Assert.Equal(PlatformBehaviour.Default with { RowLock = RowLockTiming.AtWrite }, PlatformBehaviour.Parse("rowlock=atwrite"));
        Assert.Equal(PlatformBehaviour.Default, PlatformBehaviour.Parse(""));
        Assert.Contains("Merge, StateUpdate, Filtering and RowLock", Assert.Throws<FormatException>(() => PlatformBehaviour.Parse("Locks=AtWrite")).Message);
        Assert.Contains("Direct, ThroughUpdate", Assert.Throws<FormatException>(() => PlatformBehaviour.Parse("Merge=Sometimes")).Message);
    }
}
