using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using FunnelCrm.Packaging;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm pack</c>: the unmanaged solution zip from Solution/ and the built deployable assemblies.</summary>
public static class PackCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var version = new Option<string>("--version") { Description = "Solution version, major.minor.build.revision.", DefaultValueFactory = _ => "1.0.0.0" };
        var outFile = new Option<string?>("--out") { Description = "The zip to write (default FunnelCrm_<version>.zip in the current folder)." };
        var noBuild = new Option<bool>("--no-build") { Description = "Use the deployables already built in Release instead of building them." };
        var schemas = new Option<string?>("--schemas") { Description = "Microsoft's customization schemas (default ../shared/schemas/customizations-9.0.0.2090 beside the repository)." };
        var command = new Command("pack", "Build the deployable assemblies and write the unmanaged solution zip, with every plugin step generated from the declarations in code, after checking it against Microsoft's schemas.\n\nExample:\n  funnelcrm pack --version 1.0.3.0 --out FunnelCrm_1_0_3_0.zip")
        {
            version, outFile, noBuild, schemas,
        };
        command.SetAction(parsed =>
        {
            if (!Version.TryParse(parsed.GetValue(version), out var solutionVersion) || solutionVersion.Revision < 0)
            {
                throw new CliException("--version must read like 1.0.0.0 (found '" + parsed.GetValue(version) + "').");
            }

            var root = RepositoryLayout.Root();
            if (!parsed.GetValue(noBuild))
            {
                Build(output, root);
            }

            var zip = parsed.GetValue(outFile) ?? "FunnelCrm_" + solutionVersion.ToString().Replace('.', '_') + ".zip";
            var schemaDirectory = parsed.GetValue(schemas) ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "schemas", "customizations-9.0.0.2090"));
            try
            {
                SolutionPacker.Pack(Path.Combine(root, "Solution"), schemaDirectory, new[]
                {
                    new Deployable(Path.Combine(root, "Plugins", "FunnelCrm.Plugins", "bin", "Release", "net462", "FunnelCrm.Plugins.dll"), typeof(ActivityScoringPlugin).Assembly),
                    new Deployable(Path.Combine(root, "Workflows", "FunnelCrm.Workflows", "bin", "Release", "net462", "FunnelCrm.Workflows.dll"), Assembly.Load("FunnelCrm.Workflows")),
                }, solutionVersion, Path.GetFullPath(zip));
            }
            catch (PackagingException refused)
            {
                throw new CliException("nothing written: " + string.Join(Environment.NewLine + "  ", refused.Problems));
            }

            output.WriteLine("Wrote " + zip + " (unmanaged; import it into a development environment, or export it as managed from there).");
            return 0;
        });
        return command;
    }

    private static void Build(TextWriter output, string root)
    {
        foreach (var project in new[] { "Plugins/FunnelCrm.Plugins/FunnelCrm.Plugins.csproj", "Workflows/FunnelCrm.Workflows/FunnelCrm.Workflows.csproj" })
        {
            output.WriteLine("Building " + project + " (Release, net462)...");
            using var build = Process.Start(new ProcessStartInfo("dotnet", "build -c Release -f net462 -nologo -v q \"" + Path.Combine(root, project) + "\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new CliException("could not start dotnet build.");
            var log = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                throw new CliException("building " + project + " failed:" + Environment.NewLine + log.Trim());
            }
        }
    }
}
