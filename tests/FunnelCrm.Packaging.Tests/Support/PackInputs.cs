using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.SolutionLayout;

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

    /// <summary>A copy of the whole Solution/ layout that <paramref name="breakIt"/> changes (given the copy's folder).</summary>
    public static string BrokenCopy(Action<string> breakIt)
    {
        var folder = FreshFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Solution, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(RepositoryPaths.Solution, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        breakIt(folder);
        return folder;
    }

    /// <summary>A copy of Solution/ in which <paramref name="change"/> edits the root element of one layout file.</summary>
    public static string BrokenCopy(string file, Action<XElement> change) => BrokenCopy(folder => Edit(folder, file, change));

    /// <summary>Edits the root element of one file of a layout copy and writes it back the way the splitter writes files.</summary>
    public static void Edit(string folder, string file, Action<XElement> change)
    {
        var path = Path.Combine(folder, file);
        var root = XDocument.Load(path).Root!;
        var declaresXsi = root.Attributes().Any(a => a.IsNamespaceDeclaration);
        change(root);
        File.WriteAllBytes(path, LayoutXml.FileBytes(root, declaresXsi));
    }

    /// <summary>A new empty temporary folder.</summary>
    public static string FreshFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-packaging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
