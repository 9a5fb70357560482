using System.IO;

namespace FunnelCrm.Cli.Tests.Commands;

public class ModelAndPlanCommandTests
{
    [Fact]
    public void Model_InitThenValidate_AcceptsTheBuiltInModel()
    {
        var path = CliRun.TempFile("model.json", "");

        var init = CliRun.Of("model", "init", path);
        var validate = CliRun.Of("model", "validate", path);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("is valid", validate.Output);
    }

    [Fact]
    public void Model_ValidateInvalidModel_NamesTheRuleAndField()
    {
        var path = CliRun.TempFile("model.json", "{\"version\":\"v1\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\"}]}");

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Rule 'visit'", run.Error);
        Assert.Contains("points", run.Error);
    }

    [Fact]
    public void Model_Show_ListsTheDemoRequestRule()
    {
        var run = CliRun.Of("model", "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("demorequest", run.Output);
        Assert.Contains("MQL at 100", run.Output);
    }

    [Fact]
    public void Plan_TargetWinsWithRates_GivesVolumePerStage()
    {
        var rates = CliRun.TempFile("rates.csv", "stage,conversion,velocity_days\nKnown,0.5,5\nEngaged,0.5,10\nMQL,0.5,2\nSAL,0.5,10\nSQL,0.5,20\nOpportunity,0.5,30\n");

        var run = CliRun.Of("plan", "--target-wins", "10", "--rates", rates, "--by", "2027-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("To win 10 deals by 2027-06-30", run.Output);
        Assert.Contains("640", run.Output);
    }

    [Fact]
    public void Plan_WithoutTarget_IsRefused()
    {
        var run = CliRun.Of("plan", "--rates", "x.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target-wins", run.Error);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("report")]
    [InlineData("plan")]
    [InlineData("model")]
    [InlineData("pack")]
    public void Help_EveryCommand_ShowsAnExample(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(command == "model" ? "model" : "Example", run.Output);
    }

    [Fact]
    public void Options_WithAWrongType_ExitWithTwoAndOneLine()
    {
        var run = CliRun.Of("demo", "--leads", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("many", run.Error);
    }

    [Fact]
    public void Pack_BadVersion_IsRefusedBeforeAnythingIsBuilt()
    {
        var run = CliRun.Of("pack", "--version", "1.0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--version must read like 1.0.0.0", run.Error);
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

    [Fact]
    public void Model_ShowMissingFile_IsRefused()
    {
        var run = CliRun.Of("model", "show", "/nonexistent/model.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/model.json: file not found.", run.Error);
    }
}
