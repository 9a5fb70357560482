using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>The files of an unpacked solution in a folder on disk (Solution/ of the repository).</summary>
public sealed class FolderFiles : ILayoutFiles
{
    /// <summary>The files under <paramref name="folder"/>, read when asked for.</summary>
    public FolderFiles(string folder)
    {
        Origin = Path.GetFullPath(folder);
        Paths = Directory.Exists(Origin)
            ? Directory.EnumerateFiles(Origin, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Origin, f).Replace('\\', '/')).OrderBy(p => p, LayoutPaths.Order).ToList()
            : new List<string>();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Paths { get; }

    /// <inheritdoc />
    public string Origin { get; }

    /// <inheritdoc />
    public Stream Open(string path) => File.OpenRead(Path.Combine(Origin, path));
}
