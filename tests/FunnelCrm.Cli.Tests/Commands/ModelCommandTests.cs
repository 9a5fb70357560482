using System.IO;
using System.Linq;

namespace FunnelCrm.Cli.Tests.Commands;

public class ModelCommandTests
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
    public void Model_ValidateRuleWithoutPoints_NamesTheRuleAndField()
    {
        var path = CliRun.TempFile("model.json", "{\"version\":\"v1\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\"}]}");

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + path + ": behaviourRules[0] (rule 'visit'): the field 'points' is missing (line 1).", run.Error.Trim());
    }

    [Fact]
    public void Model_ValidateTruncatedFile_IsRefusedAsCutOff()
    {
        var full = BuiltInModel();
        var path = CliRun.TempFile("model.json", full.Substring(0, full.Length / 2));

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("funnelcrm: " + path + ": the JSON ends before the model is complete (line ", run.Error);
        Assert.Contains("is the file cut off?", run.Error);
    }

    [Fact]
    public void Model_ValidateMisspelledField_NamesItWithTheNearestFieldAndTheLine()
    {
        var path = CliRun.TempFile("model.json", BuiltInModel().Replace("\"mqlThreshold\"", "\"mqlTreshold\""));

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("funnelcrm: " + path + ": mqlTreshold: is not a field of the model here (did you mean 'mqlThreshold'?)", run.Error);
        Assert.EndsWith("(line 3).", run.Error.Trim());
    }

    [Fact]
    public void Model_ValidateTextWhereANumberBelongs_NamesThePathTheValueAndTheLine()
    {
        var lines = BuiltInModel().Split('\n').ToList();
        var fourthPoints = lines.Select((text, index) => (text, index)).Where(l => l.text.Contains("\"points\"")).Skip(3).First();
        lines[fourthPoints.index] = fourthPoints.text.Substring(0, fourthPoints.text.IndexOf(':') + 1) + " \"ten\"" + (fourthPoints.text.TrimEnd().EndsWith(',') ? "," : "");
        var path = CliRun.TempFile("model.json", string.Join("\n", lines));

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + path + ": behaviourRules[3].points: expected a number, found \"ten\" (line " + (fourthPoints.index + 1) + ").", run.Error.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Model_ValidateEmptyFile_IsRefused(string content)
    {
        var path = CliRun.TempFile("model.json", content);

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + path + ": the file is empty; expected a scoring model in JSON (see 'funnelcrm model init').", run.Error.Trim());
    }

    [Fact]
    public void Model_ValidateModelWithoutRules_IsRefused()
    {
        var path = CliRun.TempFile("model.json", "{\"version\":\"empty\"}");

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The model has no rules", run.Error);
    }

    [Fact]
    public void Model_ValidateOverflowingCapHorizon_IsRefused()
    {
        var path = CliRun.TempFile("model.json", BuiltInModel().Replace("\"capHorizonDays\": 120", "\"capHorizonDays\": 2000000000"));

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Field 'capHorizonDays' must be from 1 to 3650 (is 2000000000).", run.Error);
    }

    [Theory]
    [InlineData("[1, 2]", "expected an object {...}, found a list (line 1)")]
    [InlineData("{\"version\": 5}", "version: expected text in quotes, found 5 (line 1)")]
    [InlineData("{\"version\": \"v\", \"capHorizonDays\": 1.5}", "capHorizonDays: expected a whole number up to 2147483647, found 1.5 (line 1)")]
    [InlineData("{\"version\": \"v\", \"version\": \"w\"}", "version: appears twice (line 1)")]
    [InlineData("{\"version\": \"v\",}", "line 1, column 17: not valid JSON here.")]
    [InlineData("{\"version\": \"v\"} {}", "more follows the model's closing brace (line 1).")]
    public void Model_ValidateMalformedJson_SaysWhatAndWhereInOurWords(string json, string expected)
    {
        var path = CliRun.TempFile("model.json", json);

        var run = CliRun.Of("model", "validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("Json", run.Error);
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
    public void Model_ShowMissingFile_IsRefused()
    {
        var run = CliRun.Of("model", "show", "/nonexistent/model.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/model.json: file not found.", run.Error);
    }

    [Fact]
    public void Model_InitIntoAMissingFolder_CreatesIt()
    {
        var path = Path.Combine(CliRun.TempFolder(), "models", "my-model.json");

        var run = CliRun.Of("model", "init", path);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(path));
    }

    private static string BuiltInModel()
    {
        var path = Path.Combine(CliRun.TempFolder(), "model.json");
        CliRun.Of("model", "init", path);
        return File.ReadAllText(path);
    }
}
