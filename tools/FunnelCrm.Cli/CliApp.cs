using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Commands;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli;

/// <summary>The command tree and the one place that turns bad input into one line and exit code 2.</summary>
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

    /// <summary>Builds the command tree writing to the given writers.</summary>
    public static CliApp Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("FunnelCrm: funnel performance management for Dynamics 365 / Dataverse, offline.")
        {
            DemoCommand.Create(output, error),
            ReportCommand.Create(output, error),
            ScoreCommand.Create(output, error),
            PlanCommand.Create(output),
            ModelCommand.Create(output),
            PackCommand.Create(output),
            VerifyCommand.Create(output),
            ServeCommand.Create(output, error),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(output);
        }

        return new CliApp(root, output, error);
    }

    /// <summary>Parses and runs.</summary>
    public int Run(string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine("funnelcrm: " + parsed.Errors[0].Message + " (see --help)");
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
        catch (ScoringModelException invalid)
        {
            error.WriteLine("funnelcrm: the scoring model is invalid: " + string.Join("; ", invalid.Problems.ToArray()));
            return 2;
        }
        catch (IOException io)
        {
            error.WriteLine("funnelcrm: " + io.Message);
            return 2;
        }
        catch (UnauthorizedAccessException denied)
        {
            error.WriteLine("funnelcrm: " + denied.Message);
            return 2;
        }
    }
}
