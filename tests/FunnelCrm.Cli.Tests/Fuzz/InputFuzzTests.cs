using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace FunnelCrm.Cli.Tests.Fuzz;

/// <summary>
/// Random bytes and random fields into every CSV reader (transitions, activities, lead profiles, outcomes, rates) and
/// random damage to the model JSON: every input ends in a result (exit 0) or one line of refusal (exit 2), never in an
/// exception, a stack trace, a .NET type name or echoed binary junk.
/// </summary>
public class InputFuzzTests
{
    /// <summary>Inputs per reader.</summary>
    public const int Runs = 300;

    private static readonly string[] Nasty =
    {
        "", " ", "\"", "\"\"", "\"a,b\"", "a\"b", "\"open", "0001-01-01", "9999-12-31", "2026-02-30", "2026-03-02", "2026-03-02T09:30:00+14:00",
        "1900-01-01T00:00:00-05:00", "2200-12-31T23:59:59-12:00", "02.03.2026", "02.03.2026 09:30", "1,5", "1.000,5", "1.5", "1e309", "-1",
        "79228162514264337593543950336", "NaN", "Infinity", "true", "yes", "maybe", "Known", "mql", "Won", "Lost", "Recycled", "webvisit",
        "demorequest", "email", "interaction", "fcm_interaction", "\u0000", "\r", "\n", "\r\n", "ä", "\uFFFD", "\uD800", "Geschäftsführer", ";",
        "\t", ",", "0", "0.5", "1", "50", "incoming", "outgoing", "open", "canceled", "a", "b", new string('x', 3000),
    };

    private static readonly (string Name, string[] Header, Func<string, string, string[]> Args, string[] Options)[] Readers =
    {
        ("transitions", new[] { "lead_id", "stage", "entered_on" }, (file, folder) => new[] { "report", "--transitions", file, "--format", "json", "--min-cohort", "1" },
            new[] { "--skip-invalid", "--culture=de-DE", "--encoding=windows-1252", "--delimiter=;" }),
        ("activities", new[] { "lead_id", "type", "occurred_on", "subtype", "direction", "state", "activity_id" }, (file, folder) => new[] { "score", "--activities", file, "--at", "2026-06-01" },
            new[] { "--skip-invalid", "--culture=de-DE", "--encoding=windows-1252", "--delimiter=;" }),
        ("leads", new[] { "lead_id", "jobtitle", "numberofemployees", "revenue", "fcm_targetaccount", "emailaddress1", "industrycode" },
            (file, folder) => new[] { "score", "--activities", Fixed(folder, "a.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n"), "--leads", file },
            new[] { "--skip-invalid", "--culture=de-DE", "--encoding=windows-1252" }),
        ("outcomes", new[] { "lead_id", "won" },
            (file, folder) => new[] { "score", "--activities", Fixed(folder, "a.csv", "lead_id,type,occurred_on\na,webvisit,2026-01-05\n"), "--outcomes", file, "--thresholds", "1,50" },
            new[] { "--skip-invalid", "--encoding=windows-1252" }),
        ("rates", new[] { "stage", "conversion", "velocity_days" }, (file, folder) => new[] { "plan", "--target-wins", "5", "--rates", file, "--by", "2027-01-01" },
            new[] { "--culture=de-DE", "--encoding=windows-1252", "--delimiter=;" }),
    };

    [Fact]
    public void CsvReaders_RandomFieldsAndBytes_EndInAResultOrOneLineRefusal()
    {
        foreach (var reader in Readers)
        {
            Prop.ForAll(CsvInputs(reader.Header, reader.Options).ToArbitrary(), input =>
            {
                var folder = CliRun.TempFolder();
                var file = Path.Combine(folder, reader.Name + ".csv");
                File.WriteAllBytes(file, input.Bytes);
                Check(CliRun.Of(reader.Args(file, folder).Concat(input.Options).ToArray()), reader.Name);
                Directory.Delete(folder, recursive: true);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
        }
    }

    [Fact]
    public void ModelReader_DamagedJson_EndsInAResultOrOneLineRefusalAndAModelThatPassesNeverCrashesScore()
    {
        var folder = CliRun.TempFolder();
        var model = Path.Combine(folder, "model.json");
        CliRun.Of("model", "init", model);
        var json = File.ReadAllText(model);
        var activities = Fixed(folder, "activities.csv", "lead_id,type,occurred_on,activity_id\na,webvisit,2026-01-05,1\na,webvisit,2026-01-05,2\na,demorequest,2026-02-01,3\nb,email,2026-03-01,4\n");

        Prop.ForAll(ModelDamage(json).ToArbitrary(), damaged =>
        {
            var path = Path.Combine(CliRun.TempFolder(), "model.json");
            File.WriteAllBytes(path, damaged);
            var validate = CliRun.Of("model", "validate", path);
            Check(validate, "model validate");
            var score = CliRun.Of("score", "--activities", activities, "--model", path, "--format", "json");
            Check(score, "score --model");
            Assert.Equal(validate.ExitCode, score.ExitCode);
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    private static void Check(CliRun run, string what)
    {
        Assert.True(run.ExitCode == 0 || run.ExitCode == 2, what + " exited with " + run.ExitCode + ": " + run.Error);
        if (run.ExitCode == 2)
        {
            var line = run.Error.TrimEnd('\n');
            Assert.DoesNotContain('\n', line);
            Assert.StartsWith("funnelcrm: ", line);
            Assert.DoesNotContain("System.", line);
            Assert.DoesNotContain("Exception", line);
            Assert.DoesNotContain(".tmp", line);
            Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\uFFFD');
            Assert.False(HasLoneSurrogate(line), "a lone surrogate in: " + line);
        }
    }

    private static Gen<(byte[] Bytes, string[] Options)> CsvInputs(string[] header, string[] choices)
    {
        var field = Gen.Frequency((3, Gen.Elements(Nasty)), (1, ArbMap.Default.GeneratorFor<string>().Where(s => s != null)));
        var subset = Gen.Shuffle(header).SelectMany(shuffled => Gen.Choose(1, shuffled.Length).Select(count => shuffled.Take(count).Concat(new[] { "extra" }).ToArray()));
        var columns = Gen.Frequency((3, Gen.Constant(header.Concat(new[] { "extra" }).ToArray())), (1, subset));
        var text = from names in columns
                   from delimiter in Gen.Elements(",", ";", "\t")
                   from newline in Gen.Elements("\n", "\r\n", "\r")
                   from rows in field.ArrayOf().Select(fields => string.Join(delimiter, fields)).ListOf()
                   select string.Join(delimiter, names) + newline + string.Join(newline, rows) + newline;
        var encoded = from content in text
                      from encoding in Gen.Elements(0, 1, 2, 3)
                      select encoding switch
                      {
                          0 => Encoding.UTF8.GetBytes(content),
                          1 => Encoding.Latin1.GetBytes(content),
                          2 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(content)).ToArray(),
                          _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray(),
                      };
        var bytes = Gen.OneOf(encoded, encoded, encoded, ArbMap.Default.GeneratorFor<byte[]>().Where(b => b != null));
        var options = Gen.SubListOf(choices).Select(o => o.ToArray());
        return from b in bytes
               from o in options
               select (b, o);
    }

    private static Gen<byte[]> ModelDamage(string json)
    {
        var value = Gen.Elements("null", "true", "\"ten\"", "2000000000", "-1", "1e400", "0.5", "[]", "{}", "[[[[[[[[]]]]]]]]", "\"\\ud800\"", "\"\\u0000\"", "99999999999", "\"" + new string('x', 5000) + "\"");
        var values = json.Select((c, i) => (c, i)).Where(p => p.c == ':').Select(p => p.i).ToArray();
        var replaced = from at in Gen.Elements(values)
                       from v in value
                       let end = json.IndexOfAny(new[] { ',', '\n', '}' }, at + 1)
                       select json.Substring(0, at + 1) + " " + v + json.Substring(end < 0 ? json.Length : end);
        var truncated = Gen.Choose(0, json.Length).Select(n => json.Substring(0, n));
        var renamed = Gen.Elements("\"mqlTreshold\"", "\"points \"", "\"Version\"", "\"\"").SelectMany(name => Gen.Elements(values).Select(at =>
        {
            var start = json.LastIndexOf('"', json.LastIndexOf('"', at - 1) - 1);
            return json.Substring(0, start) + name + json.Substring(at);
        }));
        var cut = from at in Gen.Choose(0, json.Length - 1)
                  from length in Gen.Choose(1, 40)
                  select json.Remove(at, Math.Min(length, json.Length - at));
        var text = Gen.OneOf(replaced, replaced, truncated, renamed, cut).Select(Encoding.UTF8.GetBytes);
        var noise = from bytes in text
                    from at in Gen.Choose(0, bytes.Length)
                    from junk in ArbMap.Default.GeneratorFor<byte[]>().Where(b => b != null)
                    select bytes.Take(at).Concat(junk).Concat(bytes.Skip(at)).ToArray();
        return Gen.OneOf(text, text, text, noise);
    }

    private static string Fixed(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Whether <paramref name="text"/> holds half of a surrogate pair on its own (a valid pair, an astral character the input really had, is fine).</summary>
    private static bool HasLoneSurrogate(string text) =>
        text.Select((c, i) => (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))).Any(lone => lone);
}
