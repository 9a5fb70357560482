using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.WebApi.Protection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace FunnelCrm.Cli.Tests.Org;

/// <summary>A full ingest and a full export under injected 503s, dropped connections (before and after the work) and 429s give what a fault-free run gives.</summary>
public sealed class OrgFaultRunTests
{
    private static readonly string[] Types = { "webvisit", "newslettersignup", "webinarattendance", "eventattendance", "demorequest", "download" };

    [Fact]
    public async Task OrgIngestAndExport_TenPercentFaultsAnd429s_EqualAFaultFreeRun()
    {
        var file = CliRun.TempFile("signals.csv", Signals(600, 80));
        await using var clean = await OrgHost.StartAsync();
        await using var faulty = await OrgHost.StartAsync(
            new FaultInjection { Rate = 0.1, Kinds = InjectedFault.ServiceUnavailable | InjectedFault.DropBeforeProcessing | InjectedFault.DropAfterProcessing, Seed = 11 },
            limits: new ServiceProtectionLimits { Requests = 8, Window = TimeSpan.FromSeconds(1) });

        var expected = clean.Run("org", "ingest", "--interactions", file, "--create-leads", "--batch-size", "50");
        var actual = faulty.Run("org", "ingest", "--interactions", file, "--create-leads", "--batch-size", "50");

        Assert.True(actual.ExitCode == 0, actual.Error);
        Assert.Contains("600 created, 0 updated, 0 unchanged, 0 refused", expected.Output);
        Assert.Contains("600 created, 0 updated, 0 unchanged, 0 refused", actual.Output);
        Assert.Equal(Ledger(clean), Ledger(faulty));
        Assert.Matches("[1-9][0-9]* retried", actual.Output);
        var cleanExport = Path.Combine(Path.GetDirectoryName(file)!, "clean.csv");
        var faultyExport = Path.Combine(Path.GetDirectoryName(file)!, "faulty.csv");
        Assert.Equal(0, clean.Run("org", "export", "--transitions", cleanExport).ExitCode);
        var exported = faulty.Run("org", "export", "--transitions", faultyExport);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal(File.ReadAllText(cleanExport), File.ReadAllText(faultyExport));
        Assert.True(File.ReadAllLines(cleanExport).Length > 80);
    }

    private static string Signals(int rows, int leads)
    {
        var text = new StringBuilder("external_id,email,type,occurred_on\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("s").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",lead").Append((i % leads).ToString(CultureInfo.InvariantCulture))
                .Append("@contoso.com,").Append(Types[i % Types.Length]).Append(',')
                .Append(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(7 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every lead's score parts and stage, every interaction's stamp, and every transition row, in a stable order.</summary>
    private static string Ledger(OrgHost host)
    {
        var service = host.Organization.CreateService();
        var leads = service.RetrieveMultiple(new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(LeadStandardColumns.EmailAddress, LeadColumns.Score, LeadColumns.BehaviourScore, LeadColumns.Stage) })
            .Entities.OrderBy(l => l.GetAttributeValue<string>(LeadStandardColumns.EmailAddress))
            .Select(l => l.GetAttributeValue<string>(LeadStandardColumns.EmailAddress) + "=" + Convert.ToString(l.GetAttributeValue<object>(LeadColumns.Score), CultureInfo.InvariantCulture)
                + "/" + Convert.ToString(l.GetAttributeValue<object>(LeadColumns.BehaviourScore), CultureInfo.InvariantCulture) + "/" + l.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value);
        var interactions = service.RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(InteractionColumns.ExternalId, "fcm_points") })
            .Entities.Select(i => i.GetAttributeValue<string>(InteractionColumns.ExternalId) + "=" + Convert.ToString(i.GetAttributeValue<object>("fcm_points"), CultureInfo.InvariantCulture))
            .OrderBy(t => t, StringComparer.Ordinal);
        var transitions = service.RetrieveMultiple(new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(StageTransitionColumns.LeadId, StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn) })
            .Entities.Select(t => t.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id + ">" + t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value + "@" + t.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn).ToString("O", CultureInfo.InvariantCulture))
            .OrderBy(t => t, StringComparer.Ordinal);
        return string.Join("\n", leads.Concat(interactions).Concat(transitions));
    }
}
