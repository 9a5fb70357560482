using System;
using System.CommandLine;
using System.IO;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm pack</c>: the unmanaged solution zip from Solution/ and the built deployable assemblies.</summary>
public static class PackCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var version = new Option<string>("--version") { Description = "Solution version, major.minor.build.revision.", DefaultValueFactory = _ => "1.0.0.0" };
        var outFile = new Option<string?>("--out") { Description = "The zip to write (default FunnelCrm_<version>.zip in the current folder)." };
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
                throw new CliException("--version must read like 1.0.0.0 (found '" + parsed.GetValue(version) + "').");
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
            var outDirectory = parsed.GetValue(outFile) is string requested ? Path.GetDirectoryName(Path.GetFullPath(requested))! : Directory.GetCurrentDirectory();
            var result = SolutionPacker.Pack(new PackOptions(Path.Combine(root, "Solution"), schemaDirectory, dlls)
            {
                Version = solutionVersion,
                OutputDirectory = outDirectory,
                Managed = parsed.GetValue(managed),
            });
            if (!result.Succeeded)
            {
                throw new CliException("nothing written: " + string.Join(Environment.NewLine + "  ", result.Failures));
            }

            var zip = result.ZipPath!;
            if (parsed.GetValue(outFile) is string target && Path.GetFullPath(target) != zip)
            {
                File.Move(zip, Path.GetFullPath(target), overwrite: true);
                zip = Path.GetFullPath(target);
            }

            output.WriteLine("Wrote " + zip + (parsed.GetValue(managed) ? " (managed)." : " (unmanaged; import it into a development environment, or export it as managed from there)."));
            return 0;
        });
        return command;
    }
}
