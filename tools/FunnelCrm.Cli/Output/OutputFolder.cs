using System;
using System.IO;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Output;

/// <summary>A folder a command writes into: created when missing, refused when a file stands in its place or it cannot be written.</summary>
public static class OutputFolder
{
    /// <summary>Creates the folder (and its parents) when missing.</summary>
    public static void Create(string folder, string option)
    {
        if (File.Exists(folder))
        {
            throw new CliException(option + ": " + folder + " is a file, not a folder.");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(option + ": cannot create the folder " + folder + " (" + FileErrors.Reason(failure) + ").");
        }
    }

    /// <summary>Creates the folder when missing and proves a file can be written into it, before any long work starts.</summary>
    public static void Prepare(string folder, string option, string writes)
    {
        if (File.Exists(folder))
        {
            throw new CliException(option + ": " + folder + " is a file; give a folder (" + writes + " goes into it).");
        }

        Create(folder, option);
        try
        {
            using var probe = new FileStream(Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".tmp"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.WriteByte(0);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(option + ": cannot write into " + folder + " (" + FileErrors.Reason(failure) + ").");
        }
    }
}
