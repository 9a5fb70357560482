using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Measuring;

/// <summary>Snapshot jobs that run at the same time, forced to overlap: the first job's write is held while another job runs.</summary>
public class ConcurrentSnapshotTests
{
    private static HoldOncePlugin.Hold HoldFirstSnapshotWrite(FunnelOrganization crm, string message)
    {
        crm.Organization.RegisterStep(new StepRegistration(typeof(HoldOncePlugin), message, Tables.FunnelSnapshot, PipelineStage.PreValidation));
        return HoldOncePlugin.Arm(crm.Organization.Id, FunnelSnapshotColumns.Volume);
    }

    /// <summary>Drains the queue on a second thread whose first snapshot write is held, and the rest on this thread.</summary>
    private static void DrainOverlapping(FunnelOrganization crm, HoldOncePlugin.Hold hold)
    {
        Exception? failure = null;
        var held = new Thread(() =>
        {
            try
            {
                crm.Organization.DrainAsyncJobs();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        held.Start();
        var arrived = hold.Arrived.Wait(HoldOncePlugin.Timeout);
        crm.Organization.DrainAsyncJobs();
        hold.Release.Set();
        var finished = held.Join(HoldOncePlugin.Timeout);

        Assert.True(arrived, "No snapshot job reached its write.");
        Assert.True(finished, "The held snapshot job did not finish.");
        Assert.Null(failure);
    }

    /// <summary>The month rows a full recomputation from every transition gives, by key.</summary>
    private static Dictionary<string, SnapshotCounters> Recomputed(FunnelOrganization crm)
    {
        var history = new FunnelHistory();
        foreach (var row in crm.System.RetrieveMultiple(new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(true) }).Entities)
        {
            history.Add(row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id,
                FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage))!.Value,
                DateTime.SpecifyKind(row.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn), DateTimeKind.Utc));
        }

        return FunnelSnapshots.Compute(history, PeriodKind.Month, TimeZoneInfo.Utc).ToDictionary(p => SnapshotRows.Key(p.Key.Period, p.Key.Stage), p => p.Value);
    }

    private static void AssertRowsEqualARecomputation(FunnelOrganization crm)
    {
        Assert.DoesNotContain(crm.Organization.SystemJobs, j => j.Status == SystemJobStatus.Failed);
        var rows = crm.Snapshots().Where(r => r.GetAttributeValue<string>(FunnelSnapshotColumns.Key).StartsWith("Month|", StringComparison.Ordinal))
            .ToDictionary(r => r.GetAttributeValue<string>(FunnelSnapshotColumns.Key), SnapshotRows.Read);
        var expected = Recomputed(crm);
        Assert.Equal(expected.Keys.OrderBy(k => k), rows.Keys.OrderBy(k => k));
        foreach (var key in expected.Keys)
        {
            Assert.Equal((expected[key].Volume, expected[key].ConversionNumerator, expected[key].ConversionDenominator, expected[key].VelocityCount),
                (rows[key].Volume, rows[key].ConversionNumerator, rows[key].ConversionDenominator, rows[key].VelocityCount));
        }
    }

    [Fact]
    public void Snapshots_TwoJobsAddingToOneRowAtOnce_LoseNoDelta()
    {
        var crm = new FunnelOrganization();
        crm.CreateLead("A", "a@contoso.example");
        crm.Organization.DrainAsyncJobs();
        crm.CreateLead("B", "b@contoso.example");
        crm.CreateLead("C", "c@contoso.example");
        var hold = HoldFirstSnapshotWrite(crm, "Update");

        DrainOverlapping(crm, hold);

        Assert.Equal(3, SnapshotRows.Read(crm.Snapshots().Single(r => r.GetAttributeValue<string>(FunnelSnapshotColumns.Key) == "Month|2026-03-01|Known")).Volume);
        AssertRowsEqualARecomputation(crm);
    }

    [Fact]
    public void Snapshots_TwoJobsCreatingOneRowAtOnce_OneCreatesItAndTheOtherAddsToIt()
    {
        var crm = new FunnelOrganization();
        crm.CreateLead("A", "a@contoso.example");
        crm.CreateLead("B", "b@contoso.example");
        var hold = HoldFirstSnapshotWrite(crm, "Create");

        DrainOverlapping(crm, hold);

        Assert.Equal(2, SnapshotRows.Read(crm.Snapshots().Single(r => r.GetAttributeValue<string>(FunnelSnapshotColumns.Key) == "Month|2026-03-01|Known")).Volume);
        AssertRowsEqualARecomputation(crm);
    }

    [Fact]
    public void Snapshots_LaterJobsRunningBeforeAnEarlierOne_WriteOnlyValidRowsAndAddUpToARecomputation()
    {
        var crm = new FunnelOrganization();
        var first = crm.CreateLead("A", "a@contoso.example");
        crm.Organization.DrainAsyncJobs();
        var second = crm.CreateLead("B", "b@contoso.example");
        crm.AddInteraction(first, InteractionTypeOption.DemoRequest);
        crm.AddInteraction(second, InteractionTypeOption.DemoRequest);
        var hold = HoldFirstSnapshotWrite(crm, "Update");

        DrainOverlapping(crm, hold);

        AssertRowsEqualARecomputation(crm);
        Assert.All(crm.Snapshots(), r => Assert.InRange(r.GetAttributeValue<decimal?>(FunnelSnapshotColumns.ConversionRate) ?? 0m, 0m, 1m));
    }
}
