using System;
using System.IO;

namespace FunnelCrm.Cli.Output;

/// <summary>Refuses an output that names one of the command's own inputs: no command writes over what it reads.</summary>
public static class OwnInputs
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Throws when <paramref name="output"/> is the same file as one of <paramref name="inputs"/>.</summary>
    public static void Refuse(string? output, string outputOption, params (string? Path, string Option)[] inputs)
    {
        if (output == null)
        {
            return;
        }

        var target = Identity(output);
        foreach (var (path, option) in inputs)
        {
            if (path != null && string.Equals(Identity(path), target, PathComparison))
            {
                throw new CliException(outputOption + " names the same file as " + option + " (" + path + "); choose another output file, funnelcrm does not write over its input.");
            }
        }
    }

    private static string Identity(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
