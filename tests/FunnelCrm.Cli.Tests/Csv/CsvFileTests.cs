using System;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Csv;

namespace FunnelCrm.Cli.Tests.Csv;

public class CsvFileTests
{
    [Fact]
    public void Records_QuotedFieldsBomAndCrLf_AreReadAsWritten()
    {
        var path = CliRun.TempFile("quoted.csv", "\uFEFFLead_ID,Note,Stage\r\n\"a\",\"says \"\"hi\"\", twice\",Known\r\n\r\nb,,MQL\r\n");

        var records = CsvFile.Open(path, "lead_id", "stage").Records().ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal("a", records[0].Required("lead_id"));
        Assert.Equal("says \"hi\", twice", records[0].Text("note"));
        Assert.Equal("Known", records[0].Text("stage"));
        Assert.Equal(4, records[1].Line);
        Assert.Null(records[1].Text("note"));
    }

    [Fact]
    public void Records_UnclosedQuote_IsRefusedWhenTheRowIsReadNamingTheLine()
    {
        var path = CliRun.TempFile("open.csv", "lead_id,stage\na,Known\n\"b,MQL\n");
        var records = CsvFile.Open(path, "lead_id").Records().ToList();

        var refusal = Assert.Throws<CsvRowException>(() => records[1].Text("stage"));

        Assert.Equal("a", records[0].Required("lead_id"));
        Assert.Equal(path + ", line 3: a quoted field is not closed (fields may not span lines).", refusal.Message);
        Assert.Equal("malformed row", refusal.Reason);
    }

    [Fact]
    public void Open_EmptyFile_SaysWhichHeaderIsExpected()
    {
        var path = CliRun.TempFile("empty.csv", "");

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, "lead_id", "stage"));

        Assert.Equal(path + ": the file is empty; expected a header with lead_id,stage.", refusal.Message);
    }

    [Fact]
    public void YesNo_UnknownWord_NamesLineAndColumn()
    {
        var path = CliRun.TempFile("flags.csv", "lead_id,won\na,perhaps\n");
        var record = CsvFile.Open(path, "lead_id", "won").Records().Single();

        var refusal = Assert.Throws<CsvRowException>(() => record.YesNo("won"));

        Assert.StartsWith(path + ", line 2, column 2 (won): 'perhaps' is not yes/no", refusal.Message);
        Assert.Equal("bad yes/no", refusal.Reason);
    }

    [Fact]
    public void Records_LargeFile_StreamsWithoutReadingAheadOfTheCaller()
    {
        var path = CliRun.TempFile("long.csv", "lead_id\n" + string.Join("\n", Enumerable.Range(0, 50000).Select(i => "L" + i)) + "\n");
        var reported = 0.0;

        var first = CsvFile.Open(path, "lead_id").Records(share => reported = Math.Max(reported, share)).Take(3).Select(r => r.Required("lead_id")).ToList();
        var all = CsvFile.Open(path, "lead_id").Records(share => reported = Math.Max(reported, share)).Count();

        Assert.Equal(new[] { "L0", "L1", "L2" }, first);
        Assert.Equal(50000, all);
        Assert.InRange(reported, 0.5, 1.0);
    }
}
