using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Measuring;

public class SnapshotTests
{
    private static Entity Row(FunnelOrganization crm, string key) =>
        crm.Snapshots().Single(s => s.GetAttributeValue<string>(FunnelSnapshotColumns.Key) == key);

    [Fact]
    public void Snapshots_AreWrittenOnlyWhenTheAsyncJobsRun()
    {
        var crm = new FunnelOrganization();
        crm.CreateLead();

        Assert.Empty(crm.Snapshots());
        crm.Organization.DrainAsyncJobs();

        Assert.Equal(1, Row(crm, "Month|2026-03-01|Known").GetAttributeValue<int>(FunnelSnapshotColumns.Volume));
    }

    [Fact]
    public void Snapshots_CountNetNewVolumeConversionAndVelocityPerPeriod()
    {
        var crm = new FunnelOrganization();
        var converted = crm.CreateLead("A", "a@contoso.example");
        crm.CreateLead("B", "b@contoso.example");
        crm.Organization.Clock.Advance(TimeSpan.FromDays(2));
        crm.AddInteraction(converted, InteractionTypeOption.DemoRequest);

        crm.Organization.DrainAsyncJobs();

        var known = Row(crm, "Month|2026-03-01|Known");
        Assert.Equal(2, known.GetAttributeValue<int>(FunnelSnapshotColumns.Volume));
        Assert.Equal(1, known.GetAttributeValue<int>(FunnelSnapshotColumns.ConversionNumerator));
        Assert.Equal(2, known.GetAttributeValue<int>(FunnelSnapshotColumns.ConversionDenominator));
        Assert.Equal(0.5m, known.GetAttributeValue<decimal>(FunnelSnapshotColumns.ConversionRate));
        Assert.Equal(1, Row(crm, "Month|2026-03-01|MQL").GetAttributeValue<int>(FunnelSnapshotColumns.Volume));
        Assert.DoesNotContain(crm.Organization.SystemJobs, j => j.Status == FunnelCrm.Emulator.Pipeline.SystemJobStatus.Failed);
    }
}
