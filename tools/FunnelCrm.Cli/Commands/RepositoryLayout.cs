using System;
using System.IO;

namespace FunnelCrm.Cli.Commands;

/// <summary>Finds the FunnelCrm repository (the folder holding FunnelCrm.sln) from the current folder upwards.</summary>
public static class RepositoryLayout
{
    /// <summary>The repository root, refused when the command runs outside a checkout.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FunnelCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new CliException("run this command inside the FunnelCrm repository (no FunnelCrm.sln above " + Directory.GetCurrentDirectory() + ").");
    }
}
