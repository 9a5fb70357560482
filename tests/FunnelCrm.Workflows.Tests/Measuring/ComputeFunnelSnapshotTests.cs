using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Workflows.Handoffs;
using FunnelCrm.Workflows.Measuring;
using FunnelCrm.Workflows.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Workflows.Tests.Measuring;

public class ComputeFunnelSnapshotTests
{
    private static Dictionary<string, int> MonthVolumes(WorkflowOrganization crm)
    {
        var query = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(FunnelSnapshotColumns.Key, FunnelSnapshotColumns.Volume) };
        return crm.System.RetrieveMultiple(query).Entities
            .Where(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key).StartsWith("Month|", StringComparison.Ordinal))
            .ToDictionary(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key), e => e.GetAttributeValue<int>(FunnelSnapshotColumns.Volume));
    }

    [Fact]
    public void ComputeFunnelSnapshot_DamagedMonth_IsRebuiltToWhatTheTransitionsSay()
    {
        var crm = new WorkflowOrganization();
        for (var i = 0; i < 3; i++)
        {
            var leadId = crm.Mql("Lead " + i);
            crm.Run(new AcceptLead(), leadId, new Dictionary<string, object> { ["Lead"] = new EntityReference(Tables.Lead, leadId) });
        }

        crm.Organization.DrainAsyncJobs();
        var expected = MonthVolumes(crm);
        var damaged = crm.System.RetrieveMultiple(new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(FunnelSnapshotColumns.Key) }).Entities
            .First(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key) == "Month|2026-03-01|SAL");
        crm.System.Update(new Entity(Tables.FunnelSnapshot, damaged.Id) { [FunnelSnapshotColumns.Volume] = 99 });

        var outputs = crm.Run(new ComputeFunnelSnapshot(), null, new Dictionary<string, object> { ["PeriodDate"] = crm.Now });

        Assert.Equal(3, expected["Month|2026-03-01|SAL"]);
        Assert.Equal(expected, MonthVolumes(crm));
        Assert.Equal("2026-03", outputs["PeriodLabel"]);
        Assert.Equal(9, outputs["TransitionsRead"]);
    }

    [Fact]
    public void ComputeFunnelSnapshot_DayPeriod_IsRefused()
    {
        var crm = new WorkflowOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.Run(new ComputeFunnelSnapshot(), null, new Dictionary<string, object> { ["PeriodKindName"] = "Day", ["PeriodDate"] = crm.Now }));

        Assert.Contains("'Period kind' must be Week, Month or Quarter (is 'Day')", refusal.Message);
    }
}
