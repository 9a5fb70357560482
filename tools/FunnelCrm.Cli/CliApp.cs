using System;
using System.CommandLine;
using System.IO;
using System.CommandLine.Parsing;
using System.Linq;
using System.Text.RegularExpressions;
using FunnelCrm.Cli.Commands;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel;

namespace FunnelCrm.Cli;

/// <summary>The command tree and the one place that turns bad input into one line and exit code 2, and an organization's refusal into one line and exit code 3.</summary>
public sealed class CliApp
{
    private readonly RootCommand root;
    private readonly TextWriter output;
    private readonly TextWriter error;

    private CliApp(RootCommand root, TextWriter output, TextWriter error)
    {
        this.root = root;
        this.output = output;
        this.error = error;
    }

    /// <summary>Builds the command tree writing to the given writers, reading settings such as FUNNELCRM_CULTURE through <paramref name="environment"/>.</summary>
    public static CliApp Build(TextWriter output, TextWriter error, Func<string, string?> environment, IClock clock)
    {
        var root = new RootCommand("FunnelCrm: funnel performance management for Dynamics 365 / Dataverse, offline.")
        {
            DemoCommand.Create(output, error, environment, clock),
            ReportCommand.Create(output, error, environment, clock),
            ScoreCommand.Create(output, error, environment),
            PlanCommand.Create(output, error, environment, clock),
            ModelCommand.Create(output, environment),
            PackCommand.Create(output),
            VerifyCommand.Create(output),
            ServeCommand.Create(output, error),
            Org.OrgCommand.Create(output, error, environment),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(output);
        }

        return new CliApp(root, output, error);
    }

    /// <summary>Parses and runs: 0 done, 1 a finding (verify, org status), 2 bad input or options, 3 the organization refused (one line on stderr).</summary>
    public int Run(string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine("funnelcrm: " + Dataverse.Connection.SecretRedaction.Redact(ParseProblem(parsed)) + " (see --help)");
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException refusal)
        {
            error.WriteLine("funnelcrm: " + refusal.Message);
            return 2;
        }
        catch (Dataverse.DataverseInputException refusal)
        {
            error.WriteLine("funnelcrm: " + refusal.Message);
            return 2;
        }
        catch (Dataverse.DataverseRefusedException refused)
        {
            error.WriteLine("funnelcrm: " + Dataverse.Connection.SecretRedaction.Redact(refused.Message));
            return 3;
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            error.WriteLine("funnelcrm: a file could not be read or written (" + FileErrors.Reason(failure) + ").");
            return 2;
        }
    }

    private string ParseProblem(ParseResult parsed)
    {
        if (parsed.CommandResult.Command == root && parsed.UnmatchedTokens.Count > 0 && !parsed.UnmatchedTokens[0].StartsWith('-'))
        {
            var typed = parsed.UnmatchedTokens[0];
            var nearest = Nearest.Of(typed, root.Subcommands.Select(c => c.Name));
            return Shown.Quoted(typed) + " is not a command" + (nearest == null ? "" : "; did you mean '" + nearest + "'?")
                + " Commands: " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ".";
        }

        if (parsed.CommandResult.Command == root && parsed.UnmatchedTokens.Count == 0)
        {
            return "give a command: " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ".";
        }

        var problem = parsed.Errors[0];
        var message = Regex.Replace(problem.Message, @"\s+", " ").Trim();
        var option = problem.SymbolResult switch
        {
            OptionResult named => named.Option,
            ArgumentResult { Parent: OptionResult named } => named.Option,
            _ => null,
        };
        return Shown.Clean(option == null || message.StartsWith(option.Name, StringComparison.Ordinal) || message.Contains("'" + option.Name + "'", StringComparison.Ordinal)
            ? message
            : option.Name + ": " + message);
    }
}
