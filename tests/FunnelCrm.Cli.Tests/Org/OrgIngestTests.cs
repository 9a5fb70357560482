using System;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace FunnelCrm.Cli.Tests.Org;

public sealed class OrgIngestTests
{
    private const string Signals =
        "external_id,email,type,occurred_on,campaign\n" +
        "w1,ann@contoso.com,webvisit,2025-01-06T08:00:00Z,\n" +
        "w2,ann@contoso.com,demorequest,2025-01-06T09:00:00Z,Spring\n" +
        "w3,bob@fabrikam.com,webinarattendance,2025-01-06T10:00:00Z,\n";

    [Fact]
    public async Task OrgIngest_NewSignalsWithCreateLeads_CreatesLeadsAndScoresThem()
    {
        await using var host = await OrgHost.StartAsync();
        var file = CliRun.TempFile("signals.csv", Signals);

        var run = host.Run("org", "ingest", "--interactions", file, "--create-leads");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("3 created, 0 updated, 0 unchanged, 0 refused", run.Output);
        var service = host.Organization.CreateService();
        var ann = service.RetrieveMultiple(new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(true), Criteria = { Conditions = { new ConditionExpression("emailaddress1", ConditionOperator.Equal, "ann@contoso.com") } } }).Entities.Single();
        Assert.True(ann.GetAttributeValue<int?>(LeadColumns.Score) > 0);
        Assert.Equal(3, service.RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(false) }).Entities.Count);
    }

    [Fact]
    public async Task OrgIngest_SameFileTwice_CountsEverySignalOnce()
    {
        await using var host = await OrgHost.StartAsync();
        var file = CliRun.TempFile("signals.csv", Signals);
        host.Run("org", "ingest", "--interactions", file, "--create-leads");
        var scores = Scores(host);

        var again = host.Run("org", "ingest", "--interactions", file, "--create-leads");

        Assert.Contains("0 created, 0 updated, 3 unchanged, 0 refused", again.Output);
        Assert.Equal(scores, Scores(host));
    }

    [Fact]
    public async Task OrgIngest_UnknownEmailWithoutCreateLeads_RefusesTheRowWithItsLine()
    {
        await using var host = await OrgHost.StartAsync();
        var file = CliRun.TempFile("signals.csv", Signals);

        var run = host.Run("org", "ingest", "--interactions", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 created, 0 updated, 0 unchanged, 3 refused", run.Output);
        Assert.Contains("refused line 2: no lead has the email ann@contoso.com (pass --create-leads to create one)", run.Output);
    }

    [Fact]
    public async Task OrgIngest_RowWithoutEmailOrLead_RefusesTheFileBeforeSendingAnything()
    {
        await using var host = await OrgHost.StartAsync();
        var file = CliRun.TempFile("signals.csv", Signals + "w4,,webvisit,2025-01-06T11:00:00Z,\n");

        var run = host.Run("org", "ingest", "--interactions", file, "--create-leads");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 5, column 2 (email): is empty and the row has no lead_id", run.Error);
        Assert.Empty(host.Organization.CreateService().RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(false) }).Entities);
    }

    private static string Scores(OrgHost host) => string.Join(";", host.Organization.CreateService()
        .RetrieveMultiple(new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(LeadColumns.Score, LeadColumns.BehaviourScore) }).Entities
        .OrderBy(l => l.Id).Select(l => l.GetAttributeValue<int?>(LeadColumns.Score) + "/" + l.GetAttributeValue<object>(LeadColumns.BehaviourScore)));
}
