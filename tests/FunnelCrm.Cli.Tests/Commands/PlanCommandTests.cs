using System.Linq;
using System.Text.Json;

namespace FunnelCrm.Cli.Tests.Commands;

public class PlanCommandTests
{
    private const string Rates = "stage,conversion,velocity_days\nKnown,0.5,5\nEngaged,0.5,10\nMQL,0.5,2\nSAL,0.5,10\nSQL,0.5,20\nOpportunity,0.5,30\n";

    [Fact]
    public void Plan_TargetWinsWithRates_GivesVolumePerStage()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates, "--by", "2027-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("To win 10 deals by 2027-06-30", run.Output);
        Assert.Contains("640", run.Output);
        Assert.DoesNotContain("(past)", run.Output);
    }

    [Fact]
    public void Plan_WithoutTarget_IsRefused()
    {
        var run = CliRun.Of("plan", "--rates", "x.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target-wins", run.Error);
    }

    [Fact]
    public void Plan_RatesWithAShareAboveOne_NamesLineAndColumn()
    {
        var rates = CliRun.TempFile("rates.csv", "stage,conversion,velocity_days\nKnown,0.5,5\nEngaged,50,10\n");

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rates.csv, line 3, column 2 (conversion): must be a share between 0 and 1", run.Error);
    }

    [Fact]
    public void Plan_FromTransitions_UsesTheMeasuredRates()
    {
        var transitions = CliRun.TempFile("transitions.csv",
            "lead_id,stage,entered_on\na,Known,2026-01-01\na,Engaged,2026-01-03\na,MQL,2026-01-05\na,SAL,2026-01-06\na,SQL,2026-01-10\na,Opportunity,2026-01-20\na,Won,2026-02-01\nb,Known,2026-01-02\n");

        var run = CliRun.Of("plan", "--target-revenue", "100000", "--deal-size", "25000", "--transitions", transitions, "--by", "2026-12-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("To win 4 deals by 2026-12-31", run.Output);
        Assert.Contains("2026-11-30", run.Output);
    }

    [Theory]
    [InlineData("--target-wins and --target-revenue", "--target-wins", "10", "--target-revenue", "1000", "--deal-size", "10", "--rates", "r.csv")]
    [InlineData("--target-wins and --deal-size", "--target-wins", "10", "--deal-size", "1000", "--rates", "r.csv")]
    [InlineData("--rates and --transitions", "--target-wins", "10", "--rates", "r.csv", "--transitions", "t.csv")]
    public void Plan_ContradictoryOptions_AreRefusedNamingBoth(string both, params string[] args)
    {
        var run = CliRun.Of(new[] { "plan" }.Concat(args).ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + both + " contradict each other; give one of them.", run.Error.Trim());
    }

    [Fact]
    public void Plan_DeadlineInThePast_IsRefused()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates, "--by", "2025-12-31");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: --by 2025-12-31 is not after today (2026-03-01); give a deadline in the future.", run.Error.Trim());
    }

    [Fact]
    public void Plan_LatestStartsAlreadyPast_AreFlaggedInTheTableAndOnStderr()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates, "--by", "2026-04-21");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-02-20 (past)", run.Output);
        Assert.Contains("2026-03-02", run.Output);
        Assert.DoesNotContain("2026-03-02 (past)", run.Output);
        Assert.Contains("Warning: the latest start of Known, Engaged, MQL, SAL is already past (today is 2026-03-01)", run.Output);
        Assert.Contains("funnelcrm: warning: the latest start of Known", run.Error);
    }

    [Fact]
    public void Plan_LatestStartsAlreadyPast_AreFlaggedPerStageInJson()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates, "--by", "2026-04-21", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var stages = json.RootElement.GetProperty("stages");
        Assert.Equal("Won", stages[0].GetProperty("stage").GetString());
        Assert.False(stages[0].GetProperty("starts_in_past").GetBoolean());
        Assert.Equal("SQL", stages[2].GetProperty("stage").GetString());
        Assert.False(stages[2].GetProperty("starts_in_past").GetBoolean());
        Assert.Equal("SAL", stages[3].GetProperty("stage").GetString());
        Assert.True(stages[3].GetProperty("starts_in_past").GetBoolean());
        Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Plan_RatesWithAStageTwice_IsRefusedNamingTheLine()
    {
        var rates = CliRun.TempFile("rates.csv", "stage,conversion,velocity_days\nKnown,0.5,5\nknown,0.4,5\n");

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rates.csv, line 3, column 1 (stage): Known is listed twice.", run.Error);
    }

    [Fact]
    public void Plan_RatesWithoutRows_IsRefused()
    {
        var rates = CliRun.TempFile("rates.csv", "stage,conversion,velocity_days\n");

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + rates + ": no rates (only a header); give one row per stage.", run.Error.Trim());
    }

    [Fact]
    public void Plan_GermanAmounts_AreReadWithCultureAndRefusedWithoutIt()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);
        var germanRates = CliRun.TempFile("raten.csv", Rates.Replace(',', ';').Replace('.', ','));

        var german = CliRun.Of("plan", "--target-revenue", "1.000.000,50", "--deal-size", "50.000", "--rates", germanRates, "--by", "2027-06-30", "--culture", "de-DE");
        var invariant = CliRun.Of("plan", "--target-revenue", "1000000,50", "--deal-size", "50000", "--rates", rates, "--by", "2027-06-30");

        Assert.Equal(0, german.ExitCode);
        Assert.Contains("To win 21 deals by 2027-06-30", german.Output);
        Assert.Contains("1.344", german.Output);
        Assert.Equal(2, invariant.ExitCode);
        Assert.Equal("funnelcrm: --target-revenue: '1000000,50' has a comma: write a decimal point (1234.5), or pass --culture de-DE if the comma is a decimal comma.", invariant.Error.Trim());
    }

    [Fact]
    public void Plan_RevenueAskingForTooManyWins_IsRefusedNotACrash()
    {
        var rates = CliRun.TempFile("rates.csv", Rates);

        var run = CliRun.Of("plan", "--target-revenue", "79228162514264337593543950335", "--deal-size", "0.0000000001", "--rates", rates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("asks for more than 1000000 wins", run.Error);
    }

    [Fact]
    public void Plan_HeaderOnlyTransitions_IsRefused()
    {
        var transitions = CliRun.TempFile("transitions.csv", "lead_id,stage,entered_on\n");

        var run = CliRun.Of("plan", "--target-wins", "10", "--transitions", transitions);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no transitions to measure the rates from (only a header)", run.Error);
    }
}
