using System;
using System.CommandLine;
using System.IO;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm verify</c>: checks that Solution/, the registration declarations in code and the built assemblies agree.</summary>
public static class VerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var noBuild = new Option<bool>("--no-build") { Description = "Check the deployables already built in Release instead of building them." };
        var solution = new Option<string?>("--solution") { Description = "The unpacked solution folder to check (default Solution/ of the repository)." };
        var schemas = new Option<string?>("--schemas") { Description = "A folder of Microsoft's customization schemas to check against instead of the 9.0.0.2090 set built into funnelcrm." };
        var command = new Command("verify", "Check that the solution, the plugin and workflow registrations declared in code and the built assemblies agree, with every check pack runs, "
            + "writing nothing; prints each disagreement and exits with 1 on any.\n\nExample:\n  funnelcrm verify --no-build")
        {
            noBuild, solution, schemas,
        };
        command.SetAction(parsed =>
        {
            var root = RepositoryLayout.Root();
            var dlls = DeployableBuild.Locate(root);
            if (!parsed.GetValue(noBuild))
            {
                output.WriteLine("Building the deployables (Release, net462)...");
                var (built, log) = DeployableBuild.Run(root);
                dlls = built ?? throw new CliException("building the deployables failed:" + Environment.NewLine + log);
            }

            var schemaDirectory = parsed.GetValue(schemas) is string folder ? Path.GetFullPath(folder) : null;
            var failures = SolutionVerifier.Verify(new PackOptions(parsed.GetValue(solution) ?? Path.Combine(root, "Solution"), schemaDirectory, dlls));
            foreach (var failure in failures)
            {
                output.WriteLine(failure.ToString());
            }

            output.WriteLine(failures.Count == 0
                ? "The solution, the declared registrations and the built assemblies agree."
                : failures.Count + (failures.Count == 1 ? " disagreement." : " disagreements."));
            return failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
