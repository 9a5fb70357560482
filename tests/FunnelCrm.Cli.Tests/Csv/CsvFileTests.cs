using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Tests.Csv;

public class CsvFileTests
{
    private static readonly string[] LeadAndStage = { "lead_id", "stage" };

    [Fact]
    public void Records_QuotedFieldsBomAndCrLf_AreReadAsWritten()
    {
        var path = CliRun.TempFile("quoted.csv", "\uFEFFLead_ID,Note,Stage\r\n\"a\",\"says \"\"hi\"\", twice\",Known\r\n\r\nb,,MQL\r\n");

        var records = CsvFile.Open(path, CsvInput.Default, LeadAndStage, new[] { "note" }).Records().ToList();

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
        var records = CsvFile.Open(path, CsvInput.Default, new[] { "lead_id" }, new[] { "stage" }).Records().ToList();

        var refusal = Assert.Throws<CsvRowException>(() => records[1].Text("stage"));

        Assert.Equal("a", records[0].Required("lead_id"));
        Assert.Equal(path + ", line 3: a quoted field is not closed.", refusal.Message);
        Assert.Equal("malformed row", refusal.Reason);
    }

    [Fact]
    public void Records_UnclosedQuoteMidFile_RefusesThatLineAndReadsTheLinesAfterIt()
    {
        var path = CliRun.TempFile("mid.csv", "lead_id,stage\na,Known\nb,\"MQL\nc,Known\nd,\"SAL\"\n");

        var records = CsvFile.Open(path, CsvInput.Default, LeadAndStage).Records().ToList();

        Assert.Equal(new[] { 2, 3, 4, 5 }, records.Select(r => r.Line));
        Assert.Throws<CsvRowException>(() => records[1].Text("stage"));
        Assert.Equal("Known", records[2].Text("stage"));
        Assert.Equal("SAL", records[3].Text("stage"));
    }

    [Fact]
    public void Records_QuoteInsideAnUnquotedField_IsRefusedAndTheNextLinesAreKept()
    {
        var path = CliRun.TempFile("inch.csv", "lead_id,stage\na,5\" screen\nb,Known\n");

        var records = CsvFile.Open(path, CsvInput.Default, LeadAndStage).Records().ToList();

        var refusal = Assert.Throws<CsvRowException>(() => records[0].Text("stage"));
        Assert.Contains("line 2: a quote inside an unquoted field", refusal.Message);
        Assert.Equal("Known", records[1].Text("stage"));
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Records_QuotedFieldSpanningLines_IsOneRecordAndLaterLinesKeepTheirNumbers()
    {
        var path = CliRun.TempFile("notes.csv", "lead_id,note,stage\na,\"line one\nline two\",Known\nb,,MQL\n");

        var records = CsvFile.Open(path, CsvInput.Default, LeadAndStage, new[] { "note" }).Records().ToList();

        Assert.Equal("line one\nline two", records[0].Text("note"));
        Assert.Equal(new[] { 2, 4 }, records.Select(r => r.Line));
    }

    [Fact]
    public void Records_CarriageReturnLineEnds_CountLines()
    {
        var path = CliRun.TempFile("mac.csv", "lead_id,stage\ra,Known\rb,Bogus\r");

        var records = CsvFile.Open(path, CsvInput.Default, LeadAndStage).Records().ToList();

        Assert.Equal(new[] { 2, 3 }, records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("lead_id;stage;revenue\na;Known;1.000,50\n")]
    [InlineData("lead_id\tstage\trevenue\na\tKnown\t1.000,50\n")]
    [InlineData("lead_id,stage,revenue\na,Known,\"1.000,50\"\n")]
    public void Open_DelimiterFromTheHeader_ReadsTheColumns(string content)
    {
        var path = CliRun.TempFile("export.csv", content);

        var record = CsvFile.Open(path, new CsvInput(UserCulture.German), LeadAndStage, new[] { "revenue" }).Records().Single();

        Assert.Equal("Known", record.Text("stage"));
        Assert.Equal(1000.50m, record.Number("revenue"));
    }

    [Fact]
    public void Open_DelimiterOption_OverridesTheDetection()
    {
        var path = CliRun.TempFile("odd.csv", "lead_id;stage;a,b,c,d\nx;Known;1,2,3,4\n");

        var detected = Assert.Throws<CliException>(() => CsvFile.Open(path, CsvInput.Default, LeadAndStage));
        var record = CsvFile.Open(path, new CsvInput(UserCulture.Invariant, null, ';'), LeadAndStage).Records().Single();

        Assert.Contains("columns separated by ','", detected.Message);
        Assert.Equal("Known", record.Text("stage"));
    }

    [Fact]
    public void Open_WrongDelimiterOption_SaysWhichDelimiterItUsed()
    {
        var path = CliRun.TempFile("semi.csv", "lead_id;stage\na;Known\n");

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, new CsvInput(UserCulture.Invariant, null, ','), LeadAndStage));

        Assert.Contains("the header lacks lead_id, stage", refusal.Message);
        Assert.Contains("separated by ',', as --delimiter says", refusal.Message);
    }

    [Fact]
    public void Open_Windows1252WithoutEncoding_IsRefusedNamingTheLineAndTheEncodingToPass()
    {
        var path = CliRun.TempFile("leads.csv", Encoding.Latin1.GetBytes("lead_id,jobtitle\na,CEO\nb,Geschäftsführer\n"));

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, CsvInput.Default, new[] { "lead_id" }, new[] { "jobtitle" }).Records().ToList());

        Assert.Equal(path + ", line 3: not valid UTF-8 text; if the file comes from Excel or another Windows program, pass --encoding windows-1252.", refusal.Message);
    }

    [Fact]
    public void Records_Windows1252WithEncoding_ReadsTheUmlauts()
    {
        var path = CliRun.TempFile("leads.csv", Encoding.Latin1.GetBytes("lead_id,jobtitle\nb,Geschäftsführer\n"));

        var record = CsvFile.Open(path, new CsvInput(UserCulture.Invariant, TextEncodings.Named("windows-1252")), new[] { "lead_id" }, new[] { "jobtitle" }).Records().Single();

        Assert.Equal("Geschäftsführer", record.Text("jobtitle"));
    }

    [Fact]
    public void Records_Utf16WithByteOrderMark_IsReadWithoutAnOption()
    {
        var path = CliRun.TempFile("excel.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("lead_id\tstage\r\nä\tKnown\r\n")).ToArray());

        var record = CsvFile.Open(path, CsvInput.Default, LeadAndStage).Records().Single();

        Assert.Equal("ä", record.Text("lead_id"));
    }

    [Fact]
    public void Open_BinaryFile_IsRefusedWithoutEchoingIt()
    {
        var path = CliRun.TempFile("picture.csv", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 });

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, CsvInput.Default, LeadAndStage));

        Assert.Equal(path + ": not a text file (it holds NUL bytes); expected CSV text with a header lead_id,stage.", refusal.Message);
    }

    [Fact]
    public void Open_Folder_IsRefusedAsAFolder()
    {
        var folder = CliRun.TempFolder();

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(folder, CsvInput.Default, LeadAndStage));

        Assert.Equal(folder + ": is a folder, not a file; give the CSV file.", refusal.Message);
    }

    [Fact]
    public void Open_RequiredColumnTwice_IsRefused()
    {
        var path = CliRun.TempFile("twice.csv", "lead_id,stage,Stage\na,Known,MQL\n");

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, CsvInput.Default, LeadAndStage));

        Assert.Equal(path + ", line 1: the header names the column stage twice.", refusal.Message);
    }

    [Fact]
    public void Open_EmptyFile_SaysWhichHeaderIsExpected()
    {
        var path = CliRun.TempFile("empty.csv", "");

        var refusal = Assert.Throws<CliException>(() => CsvFile.Open(path, CsvInput.Default, LeadAndStage));

        Assert.Equal(path + ": the file is empty; expected a header with lead_id,stage.", refusal.Message);
    }

    [Fact]
    public void YesNo_UnknownWord_NamesLineAndColumn()
    {
        var path = CliRun.TempFile("flags.csv", "lead_id,won\na,perhaps\n");
        var record = CsvFile.Open(path, CsvInput.Default, new[] { "lead_id", "won" }).Records().Single();

        var refusal = Assert.Throws<CsvRowException>(() => record.YesNo("won"));

        Assert.StartsWith(path + ", line 2, column 2 (won): 'perhaps' is not yes/no", refusal.Message);
        Assert.Equal("bad yes/no", refusal.Reason);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31T23:59:59Z")]
    [InlineData("2201-01-01")]
    public void Date_OutsideTheYearsAccepted_IsRefusedAsOutOfRange(string date)
    {
        var path = CliRun.TempFile("dates.csv", "lead_id,stage,entered_on\na,Known," + date + "\n");
        var record = CsvFile.Open(path, CsvInput.Default, new[] { "lead_id", "stage", "entered_on" }).Records().Single();

        var refusal = Assert.Throws<CsvRowException>(() => record.Date("entered_on"));

        Assert.Equal(path + ", line 2, column 3 (entered_on): '" + date + "' is outside the years 1900 to 2200.", refusal.Message);
        Assert.Equal("date out of range", refusal.Reason);
    }

    [Fact]
    public void Records_LargeFile_StreamsWithoutReadingAheadOfTheCaller()
    {
        const int rows = 200000;
        var path = CliRun.TempFile("long.csv", "lead_id\n" + string.Join("\n", Enumerable.Range(0, rows).Select(i => "L" + i.ToString("D6"))) + "\n");
        var consumed = 0;
        var reports = new List<(int Consumed, double Share)>();

        foreach (var record in CsvFile.Open(path, CsvInput.Default, new[] { "lead_id" }).Records(share => reports.Add((consumed, share))))
        {
            Assert.Equal("L" + consumed.ToString("D6"), record.Required("lead_id"));
            consumed++;
        }

        Assert.Equal(rows, consumed);
        Assert.True(reports.Count >= 4, "progress was reported " + reports.Count + " times");
        Assert.All(reports, report => Assert.InRange(report.Share - (double)report.Consumed / rows, -0.01, 0.1));
    }
}
