using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FunnelCrm.XrmSdk.Tests;

/// <summary>How this test assembly was built (SDK mode, configuration) and where the repository is.</summary>
internal static class BuildInfo
{
    public static string XrmSdk => Metadata("XrmSdk");

    public static bool IsOfficial => string.Equals(XrmSdk, "Official", StringComparison.OrdinalIgnoreCase);

    public static string Configuration => Metadata("Configuration");

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "FunnelCrm.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("No FunnelCrm.sln above " + AppContext.BaseDirectory);
        }
    }

    private static string Metadata(string key) =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value ?? string.Empty;
}
