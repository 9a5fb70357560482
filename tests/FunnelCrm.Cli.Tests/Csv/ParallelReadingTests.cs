using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Tests.Csv;

/// <summary>
/// report and score read a file on several threads at once (each thread a part of the rows, merged): on generated files
/// whose leads' rows are spread over the whole file, so that every lead's rows fall into many of the reader's batches,
/// they print exactly what reading row after row prints, bad rows, skips and line numbers included.
/// </summary>
public class ParallelReadingTests
{
    private const int Leads = 300;
    private const int Rounds = 60;
    private static readonly string[] Stages = { "Known", "engaged", "MQL", "SAL", "Recycled", "Verkaufschance", "Gewonnen", "Lost" };
    private static readonly string[] Types = { "webvisit", "fcm_interaction", "email", "phonecall", "Download", "task", "demorequest" };

    [Fact]
    public void ReadParts_SeveralThreads_ReadEveryRecordOnceWithItsLine()
    {
        var expected = new List<(int Line, string Id)>();
        var text = new StringBuilder("id,note\n");
        var line = 2;
        for (var i = 0; i < 30000; i++)
        {
            expected.Add((line, "r" + i));
            text.Append("r" + i).Append(i % 101 == 0 ? ",\"two\r\nlines\"\n" : ",plain\n");
            line += i % 101 == 0 ? 2 : 1;
        }

        var csv = CsvFile.Open(CliRun.TempFile("lines.csv", text.ToString()), new CsvInput(UserCulture.Invariant) { Threads = 4 }, new[] { "id" });

        var (parts, skips) = csv.ReadParts(() => new List<(int Line, string Id)>(), (part, row) => part.Add((row.Line, row.Text(0).ToString())), skipInvalid: false);

        Assert.Equal(expected, parts.SelectMany(p => p).OrderBy(r => r.Line));
        Assert.Equal(expected.Count, skips.Rows);
    }

    [Fact]
    public void Report_SeveralThreads_PrintsWhatOneThreadPrintsWithBadAndQuotedRowsSpreadOverTheFile()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions(badRows: true));

        var one = CliRun.Of("report", "--transitions", file, "--format", "json", "--skip-invalid", "--min-cohort", "1", "--threads", "1");
        var two = CliRun.Of("report", "--transitions", file, "--format", "json", "--skip-invalid", "--min-cohort", "1", "--threads", "2");
        var four = CliRun.Of("report", "--transitions", file, "--format", "json", "--skip-invalid", "--min-cohort", "1", "--threads", "4");

        Assert.Equal(0, one.ExitCode);
        Assert.Contains("\"volume\": " + Leads, one.Output);
        Assert.Contains("Skipped ", one.Error);
        Assert.Equal(one.Output, two.Output);
        Assert.Equal(one.Error, two.Error);
        Assert.Equal(one.Output, four.Output);
        Assert.Equal(one.Error, four.Error);
    }

    [Fact]
    public void Report_BadRowDeepInTheFile_IsNamedByTheSameLineOnEveryThreadCount()
    {
        var rows = Transitions(badRows: false).Split('\n').ToList();
        var line = rows.Count - 100;
        rows[line - 1] = "lead-7,Known,2026-02-30";
        var file = CliRun.TempFile("transitions.csv", string.Join("\n", rows));

        var one = CliRun.Of("report", "--transitions", file, "--threads", "1");
        var two = CliRun.Of("report", "--transitions", file, "--threads", "2");

        Assert.Equal(2, one.ExitCode);
        Assert.Equal("funnelcrm: " + file + ", line " + line + ", column 3 (entered_on): '2026-02-30' is not a date (" + "e.g. 2026-03-02, 2026-03-02T09:30:00 or 2026-03-02T09:30:00+01:00).\n", one.Error);
        Assert.Equal(one.Error, two.Error);
        Assert.Equal(2, two.ExitCode);
    }

    [Fact]
    public void Score_SeveralThreads_ReplaysWhatOneThreadReplaysWithTiesDuplicatesAndBadRows()
    {
        var file = CliRun.TempFile("activities.csv", Activities());

        var one = CliRun.Of("score", "--activities", file, "--format", "json", "--skip-invalid", "--at", "2026-06-30", "--threads", "1");
        var two = CliRun.Of("score", "--activities", file, "--format", "json", "--skip-invalid", "--at", "2026-06-30", "--threads", "2");
        var four = CliRun.Of("score", "--activities", file, "--format", "json", "--skip-invalid", "--at", "2026-06-30", "--threads", "4");

        Assert.Equal(0, one.ExitCode);
        Assert.Contains("Skipped ", one.Error);
        Assert.Equal(one.Output, two.Output);
        Assert.Equal(one.Error, two.Error);
        Assert.Equal(one.Output, four.Output);
        Assert.Equal(one.Error, four.Error);
    }

    /// <summary>Round after round, one transition of every lead: GUID and other ids, German labels, several date forms; with bad rows, a quoted stage, a stage quoted over two lines, an unclosed quote and blank lines.</summary>
    private static string Transitions(bool badRows)
    {
        var text = new StringBuilder("lead_id,stage,entered_on\n");
        for (var round = 0; round < Rounds; round++)
        {
            for (var lead = 0; lead < Leads; lead++)
            {
                var id = lead % 3 == 0 ? "lead-" + lead : new Guid(lead, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).ToString(lead % 2 == 0 ? "D" : "N");
                var on = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours((lead * 37 % 500) + (round * 61) + (lead * round % 13));
                var stage = Stages[(lead + round) % Stages.Length];
                var date = round % 4 == 0 ? on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : round % 4 == 1 ? on.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : round % 4 == 2 ? on.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'+02:00'", CultureInfo.InvariantCulture)
                    : on.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
                var n = (round * Leads) + lead;
                text.Append(!badRows ? id + "," + stage + "," + date
                    : n % 997 == 5 ? id + ",Nurtured," + date
                    : n % 991 == 7 ? id + "," + stage + ",31.12.2025"
                    : n % 983 == 11 ? id + ",\"" + stage + "\"," + date
                    : n % 977 == 13 ? id + ",\"" + stage + "\n\"," + date
                    : n % 971 == 17 ? id + ",\"" + stage + "," + date
                    : n % 967 == 19 ? "\n" + id + "," + stage + "," + date
                    : id + "," + stage + "," + date).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Round after round, one activity of every lead: equal times (ties by id, then line), a repeated activity id, rows without an id, and bad rows.</summary>
    private static string Activities()
    {
        var text = new StringBuilder("lead_id,type,occurred_on,subtype,direction,state,activity_id\n");
        for (var round = 0; round < Rounds; round++)
        {
            for (var lead = 0; lead < Leads; lead++)
            {
                var n = (round * Leads) + lead;
                var id = lead % 4 == 0 ? "lead-" + lead : new Guid(lead, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).ToString();
                var on = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours((lead * 29 % 700) + (round * 53 % 2900));
                var type = Types[(lead + round) % Types.Length];
                var subtype = type == "fcm_interaction" ? "webinarattendance" : "";
                var direction = n % 5 == 0 ? "outgoing" : "incoming";
                var activity = n % 7 == 0 ? "" : n % 11 == 0 ? "a-" + lead : "a-" + n.ToString("D6", CultureInfo.InvariantCulture);
                text.Append(n % 499 == 3 ? id + ",fax," + on.ToString("o", CultureInfo.InvariantCulture) + ",,,," + activity
                    : n % 491 == 9 ? id + "," + type + ",soon,,,," + activity
                    : id + "," + type + "," + on.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "," + subtype + "," + direction + ",completed," + activity).Append('\n');
            }
        }

        return text.ToString();
    }
}
