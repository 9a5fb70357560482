using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FunnelCrm.Cli.Tests.Org;

/// <summary>export, and report, score and plan with --org, over HTTP after an ingest (Ann's demo request makes her an MQL, whose follow-up task is an activity too).</summary>
public sealed class OrgReadTests
{
    private const string Signals =
        "external_id,email,type,occurred_on\n" +
        "d1,ann@contoso.com,demorequest,2025-01-05T08:00:00Z\n" +
        "d2,ann@contoso.com,webinarattendance,2025-01-05T09:00:00Z\n" +
        "v1,bob@fabrikam.com,webvisit,2025-01-05T10:00:00Z\n";

    [Fact]
    public async Task OrgExport_AllFour_WritesTheCsvFilesReportScoreAndPlanRead()
    {
        await using var host = await OrgHost.StartAsync();
        var file = CliRun.TempFile("signals.csv", Signals);
        host.Run("org", "ingest", "--interactions", file, "--create-leads");
        var folder = Path.GetDirectoryName(file)!;

        var run = host.Run("org", "export", "--transitions", Path.Combine(folder, "t.csv"), "--activities", Path.Combine(folder, "a.csv"), "--leads", Path.Combine(folder, "l.csv"), "--outcomes", Path.Combine(folder, "o.csv"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("lead_id,stage,entered_on", File.ReadLines(Path.Combine(folder, "t.csv")).First());
        var activities = File.ReadAllLines(Path.Combine(folder, "a.csv"));
        Assert.Equal("lead_id,type,occurred_on,subtype,direction,state,activity_id", activities[0]);
        Assert.Equal(4, activities.Length - 1);
        Assert.Contains(activities, line => line.Contains(",task,", System.StringComparison.Ordinal));
        Assert.Contains(activities, line => line.Contains(",fcm_interaction,2025-01-05T08:00:00Z,demorequest,incoming,completed,", System.StringComparison.Ordinal));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(folder, "l.csv")).Length - 1);
        Assert.Equal("lead_id,won", File.ReadAllLines(Path.Combine(folder, "o.csv")).Single());
        Assert.Equal(0, CliRun.Of("score", "--activities", Path.Combine(folder, "a.csv"), "--leads", Path.Combine(folder, "l.csv")).ExitCode);
    }

    [Fact]
    public async Task ReportScoreAndPlan_WithOrg_ReadStraightFromTheOrganization()
    {
        await using var host = await OrgHost.StartAsync();
        host.Run("org", "ingest", "--interactions", CliRun.TempFile("signals.csv", Signals), "--create-leads");

        var report = host.Run("report", "--org", "--format", "json");
        var score = host.Run("score", "--org");
        var plan = host.Run("plan", "--org", "--target-wins", "5", "--by", "2027-06-30");

        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Contains("\"stages\"", report.Output);
        Assert.True(score.ExitCode == 0, score.Error);
        Assert.Contains("Replayed 4 activities of 2 leads", score.Output);
        Assert.NotEqual(2, plan.ExitCode);
        Assert.Contains("Read ", plan.Error);
    }
}
