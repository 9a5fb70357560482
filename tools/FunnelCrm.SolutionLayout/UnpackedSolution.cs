using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// A solution read from its unpacked layout: solution.xml and customizations.xml assembled as the zip carries them (every
/// element marked with the file and line it came from, see <see cref="SourceLocation"/>), the files that go into the zip
/// as they are (web resource contents, custom APIs), and whatever the reader could not place. The one way the packer,
/// the emulator, the demo and the tests load the solution.
/// </summary>
public sealed class UnpackedSolution
{
    internal UnpackedSolution(ILayoutFiles files, XDocument? manifest, XDocument? customizations, IReadOnlyDictionary<string, string> entries, IReadOnlyList<LayoutProblem> problems)
    {
        Files = files;
        IsAssembled = manifest != null && customizations != null;
        Manifest = manifest ?? new XDocument(new XElement("ImportExportXml"));
        Customizations = customizations ?? new XDocument(new XElement("ImportExportXml"));
        Entries = entries;
        Problems = problems;
    }

    /// <summary>The layout's files.</summary>
    public ILayoutFiles Files { get; }

    /// <summary>Whether Other/Solution.xml and Other/Customizations.xml were there to assemble from (if not, both documents are empty).</summary>
    public bool IsAssembled { get; }

    /// <summary>solution.xml (Other/Solution.xml).</summary>
    public XDocument Manifest { get; }

    /// <summary>customizations.xml, assembled from Other/Customizations.xml and the component files.</summary>
    public XDocument Customizations { get; }

    /// <summary>Zip entry name to layout path, for the files the zip carries as they are (not the generated ones).</summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>Files the reader could not read or place; empty for a sound layout.</summary>
    public IReadOnlyList<LayoutProblem> Problems { get; }

    /// <summary>Reads the layout in <paramref name="folder"/>, collecting problems.</summary>
    public static UnpackedSolution Read(string folder) => Read(new FolderFiles(folder));

    /// <summary>Reads the layout in <paramref name="files"/>, collecting problems.</summary>
    public static UnpackedSolution Read(ILayoutFiles files) => new LayoutReader(files).Read();

    /// <summary>Reads the layout in <paramref name="folder"/>; refuses one with problems, listing them.</summary>
    public static UnpackedSolution Load(string folder) => Load(new FolderFiles(folder));

    /// <summary>Reads the layout in <paramref name="files"/>; refuses one with problems, listing them.</summary>
    public static UnpackedSolution Load(ILayoutFiles files)
    {
        var solution = Read(files);
        if (solution.Problems.Count > 0)
        {
            throw new InvalidDataException("The solution in " + files.Origin + " cannot be read: " + string.Join(" ", solution.Problems.Select(p => p.ToString())));
        }

        return solution;
    }
}
