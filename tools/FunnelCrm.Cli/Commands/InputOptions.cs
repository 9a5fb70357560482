using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Commands;

/// <summary>
/// --culture (also from FUNNELCRM_CULTURE), --encoding, --delimiter and --threads: how a command reads numbers, dates
/// and CSV files and prints figures. Add <see cref="Culture"/> alone to commands that only print.
/// </summary>
public sealed class InputOptions
{
    /// <summary>The options, with the culture's default read through <paramref name="environment"/>.</summary>
    public InputOptions(Func<string, string?> environment)
    {
        Culture = new Option<UserCulture>("--culture")
        {
            Description = "Culture of numbers and dates you type and read: " + UserCulture.Names + " (default: " + UserCulture.EnvironmentVariable + ", else invariant). "
                + "de-DE reads 1.000.000,50 and 02.03.2026 and prints 5.000 and 95,7 %.",
            DefaultValueFactory = result => FromEnvironment(result, environment(UserCulture.EnvironmentVariable)),
            CustomParser = result => Parse(result, "--culture", result.Tokens.Count == 0 ? "" : result.Tokens[0].Value),
        };
        Encoding = new Option<Encoding?>("--encoding")
        {
            Description = "Encoding of CSV files without a byte order mark: " + TextEncodings.Names + " (default utf-8).",
            CustomParser = result => ParseEncoding(result),
        };
        Delimiter = new Option<char?>("--delimiter")
        {
            Description = "Delimiter of CSV files: ',', ';', '|' or tab (default: detected from the header).",
            CustomParser = result => ParseDelimiter(result),
        };
        Threads = Options.WholeNumber("--threads", "Threads that read a CSV file (and replay leads) at once: 1 reads row after row (default: one per core).", 1, 256, Environment.ProcessorCount);
    }

    /// <summary>--culture.</summary>
    public Option<UserCulture> Culture { get; }

    /// <summary>--encoding.</summary>
    public Option<Encoding?> Encoding { get; }

    /// <summary>--delimiter.</summary>
    public Option<char?> Delimiter { get; }

    /// <summary>--threads.</summary>
    public Option<int> Threads { get; }

    /// <summary>The four options, to add to a command.</summary>
    public Option[] All => new Option[] { Culture, Encoding, Delimiter, Threads };

    /// <summary>The CSV reading settings the command line asked for.</summary>
    public CsvInput Read(ParseResult parsed) => new CsvInput(parsed.GetValue(Culture)!, parsed.GetValue(Encoding), parsed.GetValue(Delimiter)) { Threads = parsed.GetValue(Threads) };

    private static UserCulture FromEnvironment(ArgumentResult result, string? value) =>
        string.IsNullOrWhiteSpace(value) ? UserCulture.Invariant : Parse(result, UserCulture.EnvironmentVariable, value!);

    private static UserCulture Parse(ArgumentResult result, string source, string name)
    {
        var culture = UserCulture.Find(name);
        if (culture == null)
        {
            result.AddError(source + ": " + Shown.Quoted(name) + " is not a culture funnelcrm reads (" + UserCulture.Names + ").");
        }

        return culture ?? UserCulture.Invariant;
    }

    private static Encoding? ParseEncoding(ArgumentResult result)
    {
        var name = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        var encoding = TextEncodings.Named(name);
        if (encoding == null)
        {
            result.AddError("--encoding: " + Shown.Quoted(name) + " is not an encoding funnelcrm reads (" + TextEncodings.Names + ").");
        }

        return encoding;
    }

    private static char? ParseDelimiter(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case ",": return ',';
            case ";": return ';';
            case "|": return '|';
            case "tab": case "\\t": case "\t": return '\t';
            default:
                result.AddError("--delimiter: " + Shown.Quoted(text) + " is not a delimiter funnelcrm reads (',', ';', '|' or tab).");
                return null;
        }
    }
}
