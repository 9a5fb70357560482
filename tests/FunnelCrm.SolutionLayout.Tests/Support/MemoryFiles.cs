using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.SolutionLayout.Tests.Support;

/// <summary>A layout held in memory: a copy of the real Solution/ that a test changes file by file.</summary>
internal sealed class MemoryFiles : ILayoutFiles
{
    private readonly SortedDictionary<string, byte[]> files = new SortedDictionary<string, byte[]>(LayoutPaths.Order);

    public IReadOnlyList<string> Paths => files.Keys.ToList();

    public string Origin => "memory";

    public static MemoryFiles OfTheSolution()
    {
        var real = new FolderFiles(RepositoryPaths.Solution);
        var copy = new MemoryFiles();
        foreach (var path in real.Paths)
        {
            using var stream = real.Open(path);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            copy.files[path] = buffer.ToArray();
        }

        return copy;
    }

    public Stream Open(string path) => new MemoryStream(files[path]);

    public byte[] this[string path]
    {
        get => files[path];
        set => files[path] = value;
    }

    public string Text(string path) => Encoding.UTF8.GetString(files[path]);

    public void Replace(string path, string oldText, string newText) => files[path] = Encoding.UTF8.GetBytes(Text(path).Replace(oldText, newText));

    public void Move(string from, string to)
    {
        files[to] = files[from];
        files.Remove(from);
    }

    public void Remove(string path) => files.Remove(path);
}
