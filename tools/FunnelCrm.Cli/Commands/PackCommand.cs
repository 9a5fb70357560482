using System;
using System.CommandLine;
using System.IO;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Cli.Output;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm pack</c>: the unmanaged solution zip from Solution/ and the built deployable assemblies.</summary>
public static class PackCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var version = new Option<string>("--version") { Description = "Solution version, major.minor.build.revision.", DefaultValueFactory = _ => "1.0.0.0" };
        var outFile = new Option<string?>("--out") { Description = "The zip to write (default FunnelCrm_<version>.zip in the current folder; a missing folder is created). Only this file is written." };
        var managed = new Option<bool>("--managed") { Description = "Write the managed package (Managed=1, shaped like Microsoft's managed exports) for test and production." };
        var noBuild = new Option<bool>("--no-build") { Description = "Use the deployables already built in Release instead of building them." };
        var schemas = new Option<string?>("--schemas") { Description = "A folder of Microsoft's customization schemas to check against instead of the 9.0.0.2090 set built into funnelcrm." };
        var command = new Command("pack", "Build the deployable assemblies and write the unmanaged solution zip, with every plugin step generated from the declarations in code, after checking it against Microsoft's schemas.\n\nExample:\n  funnelcrm pack --version 1.0.3.0 --out FunnelCrm_1_0_3_0.zip")
        {
            version, outFile, managed, noBuild, schemas,
        };
        command.SetAction(parsed =>
        {
            if (!Version.TryParse(parsed.GetValue(version), out var solutionVersion) || solutionVersion.Revision < 0)
            {
                throw new CliException("--version must read like 1.0.0.0 (found " + Shown.Quoted(parsed.GetValue(version)!) + ").");
            }

            var requested = parsed.GetValue(outFile);
            if (requested != null)
            {
                Emit.CheckTarget(requested);
            }

            var root = RepositoryLayout.Root();
            var dlls = DeployableBuild.Locate(root);
            if (!parsed.GetValue(noBuild))
            {
                output.WriteLine("Building the deployables (Release, net462)...");
                var (built, log) = DeployableBuild.Run(root);
                dlls = built ?? throw new CliException("building the deployables failed:" + Environment.NewLine + log);
            }

            var schemaDirectory = parsed.GetValue(schemas) is string folder ? Path.GetFullPath(folder) : null;
            var options = new PackOptions(Path.Combine(root, "Solution"), schemaDirectory, dlls) { Version = solutionVersion, Managed = parsed.GetValue(managed) };
            var zip = SolutionZip.Write(options, requested);
            output.WriteLine("Wrote " + zip + (options.Managed ? " (managed)." : " (unmanaged; import it into a development environment, or export it as managed from there)."));
            return 0;
        });
        return command;
    }
}
