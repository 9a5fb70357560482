using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Tests.Support;

/// <summary>The repository this test assembly was built from, its Solution/ and the deployables the build produced.</summary>
internal static class Repository
{
    private static readonly string Configuration =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>The folder holding FunnelCrm.sln.</summary>
    public static string Root
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "FunnelCrm.sln")))
            {
                root = root.Parent!;
            }

            return root.FullName;
        }
    }

    /// <summary>The unpacked solution.</summary>
    public static string Solution => Path.Combine(Root, "Solution");

    /// <summary>The net462 deployables of this build's configuration.</summary>
    public static string[] Deployables => DeployableBuild.Locate(Root, Configuration).ToArray();
}
