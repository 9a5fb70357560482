using System.IO;
using System.Linq;
using System.Text.Json;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Tests.Commands;

public class ScoreCommandTests
{
    private const string Activities =
        "lead_id,type,occurred_on,activity_id,direction\n" +
        "a,webvisit,2026-01-05T09:00:00,1,\n" +
        "a,download,2026-01-06,2,\n" +
        "a,demorequest,2026-01-10T10:00:00+01:00,3,\n" +
        "b,email,2026-02-01,4,incoming\n" +
        "b,email,2026-02-02,5,outgoing\n" +
        "b,webinarattendance,2026-02-03,6,\n" +
        "b,webinarattendance,2026-02-03,6,\n" +
        "c,demorequest,2026-03-01,7,\n";

    private const string Leads =
        "lead_id,jobtitle,numberofemployees,fcm_targetaccount,emailaddress1\n" +
        "a,CEO,800,yes,a@contoso.example\n" +
        "b,Student,10,no,b@gmail.com\n" +
        "c,Head of IT,60,true,c@fabrikam.example\n" +
        "d,CTO,1000,1,d@x.example\n";

    [Fact]
    public void Score_Json_GivesScorePartsGradeAndMqlDatePerLeadAsTheEngineReplaysThem()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var leads = Path.Combine(Path.GetDirectoryName(activities)!, "leads.csv");
        File.WriteAllText(leads, Leads);

        var run = CliRun.Of("score", "--activities", activities, "--leads", leads, "--at", "2026-03-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var byLead = json.RootElement.GetProperty("leads").EnumerateArray().ToDictionary(l => l.GetProperty("lead_id").GetString()!);
        Assert.Equal(new[] { "c", "a", "d", "b" }, json.RootElement.GetProperty("leads").EnumerateArray().Select(l => l.GetProperty("lead_id").GetString()));
        var a = byLead["a"];
        var engine = new ScoringEngine(DefaultScoringModel.Create());
        var profile = new System.Collections.Generic.Dictionary<string, object?> { ["jobtitle"] = "CEO", ["numberofemployees"] = 800m, ["fcm_targetaccount"] = true, ["emailaddress1"] = "a@contoso.example" };
        var replay = ScoreReplay.Replay(engine, new[]
        {
            new ScoredActivity("1", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, "webvisit", new System.DateTime(2026, 1, 5, 9, 0, 0)),
            new ScoredActivity("2", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, "download", new System.DateTime(2026, 1, 6)),
            new ScoredActivity("3", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, "demorequest", new System.DateTime(2026, 1, 10, 9, 0, 0)),
        }, profile, new System.DateTime(2026, 3, 1));
        Assert.Equal(replay.Card.Total, a.GetProperty("score").GetDouble(), 5);
        Assert.Equal(replay.Card.Fit, a.GetProperty("fit").GetDouble(), 5);
        Assert.Equal("A", a.GetProperty("grade").GetString());
        Assert.Equal("2026-01-10T09:00:00Z", a.GetProperty("mql_on").GetString());
        Assert.Equal(JsonValueKind.Null, byLead["d"].GetProperty("mql_on").ValueKind);
        Assert.Equal("D", byLead["b"].GetProperty("grade").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("duplicate_activities").GetInt32());
    }

    [Fact]
    public void Score_At_LeavesOutLaterActivitiesAndCountsMqlsPerMonth()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);

        var run = CliRun.Of("score", "--activities", activities, "--at", "2026-01-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(3, json.RootElement.GetProperty("activities").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("activities_after_at").GetInt32());
        var months = json.RootElement.GetProperty("mqls_per_month");
        Assert.Equal(1, months.GetArrayLength());
        Assert.Equal("2026-01", months[0].GetProperty("month").GetString());
    }

    [Fact]
    public void Score_Outcomes_GivesMqlsAndWinRatePerThreshold()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var folder = Path.GetDirectoryName(activities)!;
        File.WriteAllText(Path.Combine(folder, "leads.csv"), Leads);
        File.WriteAllText(Path.Combine(folder, "outcomes.csv"), "lead_id,won\na,true\nb,false\nc,yes\n");

        var run = CliRun.Of("score", "--activities", activities, "--leads", Path.Combine(folder, "leads.csv"), "--outcomes", Path.Combine(folder, "outcomes.csv"),
            "--thresholds", "50,150,200", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("thresholds");
        Assert.Equal(50, rows[0].GetProperty("threshold").GetDouble());
        Assert.Equal(3, rows[0].GetProperty("mqls").GetInt32());
        Assert.Equal(2, rows[0].GetProperty("won").GetInt32());
        Assert.Equal(2.0 / 3, rows[0].GetProperty("win_rate").GetDouble(), 5);
        Assert.Equal(1, rows[1].GetProperty("mqls").GetInt32());
        Assert.Equal(1, rows[1].GetProperty("won_missed").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("win_rate").ValueKind);
        Assert.Equal(2, rows[2].GetProperty("won_missed").GetInt32());
    }

    [Fact]
    public void Score_Table_ListsLeadsWithTheirLargestContributionAndTheThresholds()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var outcomes = Path.Combine(Path.GetDirectoryName(activities)!, "outcomes.csv");
        File.WriteAllText(outcomes, "lead_id,won\na,1\n");

        var run = CliRun.Of("score", "--activities", activities, "--outcomes", outcomes, "--top", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Replayed 7 activities of 3 leads through model default-1", run.Output);
        Assert.Contains("Requested a demo today: +100", run.Output);
        Assert.Contains("(2 more leads", run.Output);
        Assert.Contains("2 leads without an outcome count as not won", run.Output);
        Assert.Contains("Win rate", run.Output);
    }

    [Fact]
    public void Score_CustomModel_ChangesTheScores()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n");
        var model = Path.Combine(Path.GetDirectoryName(activities)!, "model.json");
        File.WriteAllText(model, "{\"version\":\"visits-7\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\",\"subtype\":\"webvisit\",\"points\":7}]}");

        var run = CliRun.Of("score", "--activities", activities, "--model", model, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("visits-7", json.RootElement.GetProperty("model").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("leads")[0].GetProperty("score").GetDouble(), 6);
    }

    [Fact]
    public void Score_UnknownActivityType_NamesFileLineAndColumnAndExitsWithTwo()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\na,fax,2026-01-06\n");

        var run = CliRun.Of("score", "--activities", activities);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("activities.csv, line 3, column 2 (type): 'fax' is not an activity table", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Score_BadLeadProfileNumber_IsRefused()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n");
        var leads = Path.Combine(Path.GetDirectoryName(activities)!, "leads.csv");
        File.WriteAllText(leads, "lead_id,numberofemployees\na,lots\n");

        var run = CliRun.Of("score", "--activities", activities, "--leads", leads);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("leads.csv, line 2, column 2 (numberofemployees): 'lots' is not a number", run.Error);
    }

    [Fact]
    public void Score_SkipInvalid_ScoresTheGoodRowsAndSaysWhatItSkipped()
    {
        var activities = CliRun.TempFile("activities.csv",
            "lead_id,type,occurred_on,direction\na,webvisit,2026-01-05,\na,fax,2026-01-06,\n,webvisit,2026-01-06,\na,email,2026-01-07,sideways\na,\"download,2026-01-08,\n");

        var run = CliRun.Of("score", "--activities", activities, "--skip-invalid", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("activities").GetInt32());
        Assert.Contains("Skipped 4 of 5 rows of activities.csv", run.Error);
        Assert.Contains("unknown activity type (1)", run.Error);
        Assert.Contains("empty lead_id (1)", run.Error);
        Assert.Contains("bad direction (1)", run.Error);
        Assert.Contains("malformed row (1)", run.Error);
    }

    [Fact]
    public void Score_InvalidModel_IsRefusedNamingTheRule()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n");
        var model = Path.Combine(Path.GetDirectoryName(activities)!, "model.json");
        File.WriteAllText(model, "{\"version\":\"v\",\"fitRules\":[{\"id\":\"salary\",\"column\":\"salary\",\"operator\":\"ge\",\"value\":\"1\",\"points\":5}]}");

        var run = CliRun.Of("score", "--activities", activities, "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Rule 'salary'", run.Error);
    }

    [Fact]
    public void Score_BadThresholds_AreRefused()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n");

        var run = CliRun.Of("score", "--activities", activities, "--thresholds", "50,many");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--thresholds: 'many'", run.Error);
    }

    [Fact]
    public void Score_SameInput_GivesTheSameOutput()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);

        var first = CliRun.Of("score", "--activities", activities);
        var second = CliRun.Of("score", "--activities", activities);

        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Score_OccurredOnOutsideTheYearsAccepted_IsBadInputNotACrash(string date)
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\na,webvisit," + date + "\n");

        var refused = CliRun.Of("score", "--activities", activities);
        var skipped = CliRun.Of("score", "--activities", activities, "--skip-invalid");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("activities.csv, line 3, column 3 (occurred_on): '" + date + "' is outside the years 1900 to 2200.", refused.Error);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("date out of range (1)", skipped.Error);
    }

    [Fact]
    public void Score_Windows1252Leads_AreRefusedNamingTheLineThenReadWithEncodingKeepingTheFitPoints()
    {
        var activities = CliRun.TempFile("activities.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n");
        var leads = Path.Combine(Path.GetDirectoryName(activities)!, "leads.csv");
        File.WriteAllBytes(leads, System.Text.Encoding.Latin1.GetBytes("lead_id,jobtitle,address1_country\na,Geschäftsführer,Österreich\n"));

        var refused = CliRun.Of("score", "--activities", activities, "--leads", leads);
        var read = CliRun.Of("score", "--activities", activities, "--leads", leads, "--encoding", "windows-1252", "--format", "json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("funnelcrm: " + leads + ", line 2: not valid UTF-8 text; if the file comes from Excel or another Windows program, pass --encoding windows-1252.", refused.Error.Trim());
        Assert.Equal(0, read.ExitCode);
        using var json = JsonDocument.Parse(read.Output);
        Assert.Equal(20, json.RootElement.GetProperty("leads")[0].GetProperty("fit").GetDouble());
    }

    [Fact]
    public void Score_OutNamingTheModel_IsRefusedNamingBoth()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var model = Path.Combine(Path.GetDirectoryName(activities)!, "model.json");
        CliRun.Of("model", "init", model);

        var run = CliRun.Of("score", "--activities", activities, "--model", model, "--out", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out names the same file as --model", run.Error);
        Assert.Equal(0, CliRun.Of("model", "validate", model).ExitCode);
    }

    [Fact]
    public void Score_ModelWithAHugeCapHorizon_IsRefusedNotACrash()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var model = Path.Combine(Path.GetDirectoryName(activities)!, "model.json");
        File.WriteAllText(model, "{\"version\":\"v\",\"capHorizonDays\":2000000000,\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\",\"points\":5,\"capCount\":1,\"capWindow\":\"day\"}]}");

        var run = CliRun.Of("score", "--activities", activities, "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Field 'capHorizonDays' must be from 1 to 3650 (is 2000000000).", run.Error);
    }

    [Fact]
    public void Score_GermanCulture_ReadsThresholdsWithDecimalCommasSeparatedBySemicolons()
    {
        var activities = CliRun.TempFile("activities.csv", Activities);
        var outcomes = Path.Combine(Path.GetDirectoryName(activities)!, "outcomes.csv");
        File.WriteAllText(outcomes, "lead_id;won\na;true\n");

        var run = CliRun.Of("score", "--activities", activities, "--outcomes", outcomes, "--thresholds", "50;150,5", "--culture", "de-DE", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(150.5, json.RootElement.GetProperty("thresholds")[1].GetProperty("threshold").GetDouble());
    }
}
