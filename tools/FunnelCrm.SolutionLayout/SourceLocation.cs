using System.Xml;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// The file of the layout an element of the assembled customizations.xml or solution.xml came from, and its line there.
/// The reader marks the element it takes from each file; everything below it keeps the file's line numbers.
/// </summary>
public static class SourceLocation
{
    /// <summary>The layout file and line of <paramref name="node"/> ("Entities/Lead/SavedQueries/{...}.xml line 12"), or null for generated XML.</summary>
    public static string? Of(XObject node)
    {
        if (Marked(node) is not (XObject holder, SourceFile file))
        {
            return null;
        }

        var line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : holder is IXmlLineInfo own && own.HasLineInfo() ? own.LineNumber : 0;
        return line > 0 ? file.Path + " line " + line : file.Path;
    }

    /// <summary>The layout file <paramref name="node"/> came from, or null for generated XML.</summary>
    public static string? FileOf(XObject node) => Marked(node)?.File.Path;

    internal static void Mark(XElement element, string path)
    {
        element.RemoveAnnotations<SourceFile>();
        element.AddAnnotation(new SourceFile(path));
    }

    private static (XObject Holder, SourceFile File)? Marked(XObject node)
    {
        for (XObject? current = node; current != null; current = current.Parent)
        {
            if (current.Annotation<SourceFile>() is SourceFile file)
            {
                return (current, file);
            }
        }

        return null;
    }

    private sealed class SourceFile
    {
        public SourceFile(string path) => Path = path;

        public string Path { get; }
    }
}
