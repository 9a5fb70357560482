using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ConfigurationCacheTests
{
    private static int ScoringCalls(FunnelOrganization crm) =>
        crm.Organization.Executions.Single(e => e.Handler.Contains(nameof(ActivityScoringPlugin))).TotalServiceCalls;

    [Fact]
    public void ConfigurationCache_WithinItsTimeToLive_CostsNoCallAndAfterItReloadsOnce()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.Organization.ResetDiagnostics();

        crm.AddInteraction(leadId, InteractionTypeOption.Chat);
        var cached = ScoringCalls(crm);
        crm.Organization.Clock.Advance(ConfigurationCache.TimeToLive + TimeSpan.FromSeconds(1));
        crm.Organization.ResetDiagnostics();
        crm.AddInteraction(leadId, InteractionTypeOption.Chat);
        var reloaded = ScoringCalls(crm);
        crm.Organization.ResetDiagnostics();
        crm.AddInteraction(leadId, InteractionTypeOption.Chat);

        Assert.Equal(3, cached);
        Assert.Equal(5, reloaded);
        Assert.Equal(3, ScoringCalls(crm));
    }
}
