using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Registration;

public class SolutionMetadataTests
{
    /// <summary>
    /// The emulator holds only the columns the solution's customizations.xml declares (and the standard ones) and refuses
    /// any other. A funnel that runs every plugin step, each writing its columns, therefore proves the solution carries
    /// every column the plugins write.
    /// </summary>
    [Fact]
    public void EmulatorWithTheSolution_FullFunnelThroughEveryStep_AcceptsEveryColumnThePluginsWrite()
    {
        var crm = new FunnelOrganization();
        var settings = crm.System.Create(new Entity(Tables.FunnelSettings) { [FunnelSettingsColumns.Name] = "Funnel settings", [FunnelSettingsColumns.TimeZoneCode] = 110 });
        crm.System.Update(new Entity(Tables.FunnelSettings, settings) { [FunnelSettingsColumns.AcceptSlaHours] = 24 });
        var won = Sql(crm);
        var opportunityId = Opportunity(crm, won);
        Win(crm, opportunityId, 30000m);
        SetState(crm, Tables.Opportunity, opportunityId, 0, 2);
        Lose(crm, opportunityId);
        var rejected = Mql(crm, name: "Fabrikam - A. Klein");
        var reject = Move(rejected, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "Not now");
        reject[LeadColumns.RejectionReason] = new OptionSetValue(RejectionReasonOption.BadTiming);
        crm.System.Update(reject);
        var disqualified = Mql(crm, name: "Litware - B. Wolf");
        crm.System.Create(new Entity(Tables.Appointment) { ["subject"] = "Discovery", ["regardingobjectid"] = new EntityReference(Tables.Lead, disqualified) });
        UpdateState(crm, Tables.Lead, disqualified, 2, 5);
        UpdateState(crm, Tables.Lead, disqualified, 0, 1);
        var email = crm.System.Create(new Entity(Tables.Email) { ["subject"] = "Hello", ["regardingobjectid"] = new EntityReference(Tables.Lead, disqualified) });
        crm.System.Update(new Entity(Tables.Email, email) { ["regardingobjectid"] = new EntityReference(Tables.Lead, rejected) });
        crm.System.Delete(Tables.Email, email);
        crm.System.Execute(new MergeRequest { Target = new EntityReference(Tables.Lead, rejected), SubordinateId = disqualified, UpdateContent = new Entity(Tables.Lead), PerformParentingChecks = false });
        crm.System.Update(new Entity(Tables.Lead, rejected) { ["jobtitle"] = "CEO" });
        crm.Organization.DrainAsyncJobs();
        crm.System.Delete(Tables.Lead, won);

        var failed = crm.Organization.Executions.Where(e => e.Error != null).Select(e => e.Handler + ": " + e.Error).ToList();
        var ran = crm.Organization.Executions.Select(e => e.Handler.Split(',')[0].Split('.').Last()).ToHashSet();
        var notRun = typeof(FunnelCrm.Plugins.Stages.StageGuardPlugin).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(PluginStepAttribute), false).Length > 0 && !ran.Contains(t.Name)).Select(t => t.Name).ToList();

        Assert.Empty(failed);
        Assert.Empty(notRun);
    }
}
