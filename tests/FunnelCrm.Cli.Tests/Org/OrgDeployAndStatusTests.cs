using System;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace FunnelCrm.Cli.Tests.Org;

public sealed class OrgDeployAndStatusTests
{
    [Fact]
    public async Task OrgDeploy_ZipWithoutAStep_ImportsRegistersTheStepByNameAndItFires()
    {
        await using var host = await OrgHost.StartAsync(withSolution: false);
        var zip = SolutionZip.Write(ActivityScoringPlugin.InteractionStep);

        var run = host.Run("org", "deploy", "--zip", zip);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("Imported and published FunnelCrm 1.0.0.0 (unmanaged).", run.Output);
        Assert.True(run.Output.Contains("Registered FunnelCrm.Plugins.Scoring.ActivityScoringPlugin: Create of fcm_interaction and added it to FunnelCrm.", StringComparison.Ordinal), run.Output);
        Assert.Contains(host.Organization.RegisteredSteps, s => s.Id == Guid.Parse(ActivityScoringPlugin.InteractionStep));
        var file = CliRun.TempFile("signals.csv", "external_id,email,type,occurred_on\nd1,ann@contoso.com,demorequest,2025-01-06T08:00:00Z\n");
        Assert.Equal(0, host.Run("org", "ingest", "--interactions", file, "--create-leads").ExitCode);
        var interaction = host.Organization.CreateService().Retrieve(Tables.Interaction, host.Organization.CreateService()
            .RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(Tables.Interaction)).Entities.Single().Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("fcm_points"));
        Assert.True(interaction.GetAttributeValue<decimal?>("fcm_points") > 0);
    }

    [Fact]
    public async Task OrgDeploy_RunTwice_SecondRunChangesNothing()
    {
        await using var host = await OrgHost.StartAsync(withSolution: false);
        var zip = SolutionZip.Write(ActivityScoringPlugin.InteractionStep);
        host.Run("org", "deploy", "--zip", zip);
        var steps = host.Organization.RegisteredSteps.Count;

        var again = host.Run("org", "deploy", "--zip", zip);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("FunnelCrm 1.0.0.0 is installed already; import skipped.", again.Output);
        Assert.Contains("0 registered now", again.Output);
        Assert.Equal(steps, host.Organization.RegisteredSteps.Count);
    }

    [Fact]
    public async Task OrgDeploy_ManagedFlagOnTheUnmanagedZip_RefusesWithExit2()
    {
        await using var host = await OrgHost.StartAsync(withSolution: false);

        var run = host.Run("org", "deploy", "--zip", SolutionZip.Write(), "--managed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the unmanaged package", run.Error);
    }

    [Fact]
    public async Task OrgStatus_NoSettingsRowThenADisabledStep_ExitsOneNamingEach()
    {
        await using var host = await OrgHost.StartAsync();
        var service = host.Organization.CreateService();

        var missing = host.Run("org", "status", "--since", "2025-01-01");
        service.Create(new Entity(Tables.FunnelSettings) { [FunnelSettingsColumns.Name] = "Default", [FunnelSettingsColumns.MqlThreshold] = 100, [FunnelSettingsColumns.HalfLifeDays] = 30m });
        var healthy = host.Run("org", "status", "--since", "2025-01-01");
        service.Update(new Entity("sdkmessageprocessingstep", Guid.Parse(ActivityScoringPlugin.InteractionStep)) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        var disabled = host.Run("org", "status", "--since", "2025-01-01");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Settings: no active settings row (fcm_funnelsettings): create one.", missing.Output);
        Assert.True(healthy.ExitCode == 0, healthy.Output + healthy.Error);
        Assert.Contains("Everything is in order.", healthy.Output);
        Assert.Equal(1, disabled.ExitCode);
        Assert.Contains("FunnelCrm.Plugins.Scoring.ActivityScoringPlugin: Create of fcm_interaction is disabled", disabled.Output);
        Assert.DoesNotContain(host.Organization.RegisteredSteps, s => s.Id == Guid.Parse(ActivityScoringPlugin.InteractionStep));
    }

    [Fact]
    public async Task OrgWhoAmI_AdminOnTheHost_NamesUserVersionAndInstalledSolution()
    {
        await using var host = await OrgHost.StartAsync();

        var run = host.Run("org", "whoami");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("User:         Ada Admin", run.Output);
        Assert.Contains("version 9.2.", run.Output);
        Assert.Contains("FunnelCrm:    1.0.0.0 (unmanaged)", run.Output);
    }

    [Fact]
    public async Task OrgCommands_BadConnections_OneLineWithTheSecretRedacted()
    {
        await using var host = await OrgHost.StartAsync();

        var malformed = CliRun.Of("org", "whoami", "--connection", "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret=hunter2");
        var unreachable = CliRun.Of("org", "whoami", "--connection", "AuthType=ClientSecret;Url=http://127.0.0.1:1;ClientId=a;ClientSecret=hunter2");
        var wrongToken = CliRun.Of("org", "whoami", "--connection", "AuthType=Token;Url=" + host.Host.Address.ToString().TrimEnd('/') + ";Token=hunter2");

        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("lacks ClientId", malformed.Error);
        Assert.Equal(2, unreachable.ExitCode);
        Assert.Contains("cannot be reached", unreachable.Error);
        Assert.Equal(3, wrongToken.ExitCode);
        Assert.Contains("refused the sign-in (401)", wrongToken.Error);
        foreach (var run in new[] { malformed, unreachable, wrongToken })
        {
            Assert.DoesNotContain("hunter2", run.Error + run.Output);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
        }
    }
}
