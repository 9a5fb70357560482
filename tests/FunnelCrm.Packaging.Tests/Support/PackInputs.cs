using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Support;

/// <summary>The real deployables and solution, this test assembly as a fixture deployable, and broken copies of Solution/.</summary>
public static class PackInputs
{
    private static readonly string Configuration =
        typeof(PackInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>The net462 deployables the build produced.</summary>
    public static string[] Deployables => DeployableBuild.Locate(RepositoryPaths.Root, Configuration).ToArray();

    /// <summary>This test assembly, which carries the fixture plugins and activities.</summary>
    public static string FixtureAssembly => typeof(PackInputs).Assembly.Location;

    /// <summary>Options for the real solution and deployables, writing to a fresh folder.</summary>
    public static PackOptions Real(string? solutionDirectory = null) =>
        new PackOptions(solutionDirectory ?? RepositoryPaths.Solution, null, Deployables) { OutputDirectory = FreshFolder() };

    /// <summary>A copy of Solution/ whose customizations.xml (and solution.xml) <paramref name="breakIt"/> changes.</summary>
    public static string BrokenCopy(Action<XDocument, XDocument> breakIt)
    {
        var folder = FreshFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Solution))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var customizations = XDocument.Load(Path.Combine(folder, "customizations.xml"));
        var solution = XDocument.Load(Path.Combine(folder, "solution.xml"));
        breakIt(customizations, solution);
        customizations.Save(Path.Combine(folder, "customizations.xml"));
        solution.Save(Path.Combine(folder, "solution.xml"));
        return folder;
    }

    /// <summary>A new empty temporary folder.</summary>
    public static string FreshFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-packaging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
