using System;
using System.IO;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// Packs the solution into a temporary folder beside the requested zip and moves only the zip into place, so that
/// --out writes the requested name and nothing else (an earlier release's zip beside it stays as it was).
/// </summary>
public static class SolutionZip
{
    /// <summary>Packs with <paramref name="options"/> to <paramref name="requested"/> (null: the packer's own name in the current folder); returns the zip's full path.</summary>
    public static string Write(PackOptions options, string? requested)
    {
        var folder = requested == null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(requested))!;
        OutputFolder.Create(folder, "--out");
        var staging = Path.Combine(folder, ".funnelcrm-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            options.OutputDirectory = staging;
            var result = SolutionPacker.Pack(options);
            if (!result.Succeeded)
            {
                throw new CliException("nothing written: " + (result.Failures.Count == 1 ? "" : result.Failures.Count + " problems, the first: ") + result.Failures[0]
                    + (result.Failures.Count == 1 ? "" : " ('funnelcrm verify' lists them all)."));
            }

            var target = requested ?? Path.Combine(folder, Path.GetFileName(result.ZipPath!));
            AtomicFile.Place(result.ZipPath!, target, "--out");
            return Path.GetFullPath(target);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException("--out: cannot write the solution zip into " + folder + " (" + FileErrors.Reason(failure) + ").");
        }
        finally
        {
            Remove(staging);
        }
    }

    private static void Remove(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            // A staging folder the file system keeps is left behind; the zip is in place or refused.
        }
    }
}
