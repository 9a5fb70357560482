using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace FunnelCrm.Packaging;

/// <summary>Builds the two deployables for net462 and finds their DLLs (bin/&lt;Configuration&gt;/net462/).</summary>
public static class DeployableBuild
{
    /// <summary>The deployable projects, relative to the repository root.</summary>
    public static readonly IReadOnlyList<string> Projects = new[] { "Plugins/FunnelCrm.Plugins/FunnelCrm.Plugins.csproj", "Workflows/FunnelCrm.Workflows/FunnelCrm.Workflows.csproj" };

    /// <summary>Where the built net462 DLLs are (whether or not they exist yet).</summary>
    public static IReadOnlyList<string> Locate(string repositoryRoot, string configuration = "Release") =>
        Projects.Select(p => Path.Combine(repositoryRoot, Path.GetDirectoryName(p)!, "bin", configuration, "net462", Path.GetFileNameWithoutExtension(p) + ".dll")).ToList();

    /// <summary>Runs <c>dotnet build -c &lt;configuration&gt; -f net462</c> on each deployable; returns the DLL paths, or the build log of the first failure.</summary>
    public static (IReadOnlyList<string>? Dlls, string Log) Run(string repositoryRoot, string configuration = "Release")
    {
        foreach (var project in Projects)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "build", Path.Combine(repositoryRoot, project), "-c", configuration, "-f", "net462", "-nologo", "-v", "q" })
            {
                start.ArgumentList.Add(argument);
            }

            using var build = Process.Start(start)!;
            var error = build.StandardError.ReadToEndAsync();
            var log = build.StandardOutput.ReadToEnd() + error.Result;
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                return (null, project + ": " + log.Trim());
            }
        }

        return (Locate(repositoryRoot, configuration), "");
    }
}
