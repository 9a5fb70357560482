using System;
using System.IO;

namespace FunnelCrm.Crm.Tests.Support;

/// <summary>Where the repository, its Solution folder and the vendored Microsoft schemas are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds FunnelCrm.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The solution source: the unpacked layout SolutionPackager and pac solution unpack write.</summary>
    public static string Solution => Path.Combine(Root, "Solution");

    /// <summary>Microsoft's customization schemas, version 9.0.0.2090, as vendored in the repository.</summary>
    public static string CustomizationSchemas => Path.Combine(Root, "tools", "FunnelCrm.Packaging", "Schemas", "Microsoft-9.0.0.2090");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FunnelCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FunnelCrm.sln above {AppContext.BaseDirectory}.");
    }
}
