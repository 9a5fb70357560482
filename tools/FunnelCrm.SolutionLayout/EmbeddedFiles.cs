using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// The files of an unpacked solution embedded in an assembly as manifest resources named &lt;prefix&gt;&lt;path&gt;
/// (an MSBuild item with LogicalName="&lt;prefix&gt;%(RecursiveDir)%(Filename)%(Extension)"); back slashes count as forward slashes.
/// </summary>
public sealed class EmbeddedFiles : ILayoutFiles
{
    private readonly Assembly assembly;
    private readonly Dictionary<string, string> resources;

    /// <summary>The resources of <paramref name="assembly"/> whose names start with <paramref name="prefix"/>.</summary>
    public EmbeddedFiles(Assembly assembly, string prefix)
    {
        this.assembly = assembly;
        Origin = assembly.GetName().Name + " resources " + prefix;
        resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, System.StringComparison.Ordinal))
            .ToDictionary(n => n.Substring(prefix.Length).Replace('\\', '/'), n => n);
        Paths = resources.Keys.OrderBy(p => p, LayoutPaths.Order).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Paths { get; }

    /// <inheritdoc />
    public string Origin { get; }

    /// <inheritdoc />
    public Stream Open(string path) => assembly.GetManifestResourceStream(resources[path])!;
}
