using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// How the layout's XML files are written, as SolutionPackager writes them: UTF-8 with a byte order mark, an XML
/// declaration, two-space indentation, LF line ends, no line end after the root, the xsi namespace declared on the root
/// (except where the tools leave it out, e.g. AppModule.xml). And how the zip's XML is written, as exports write it: no
/// byte order mark or declaration, CRLF line ends.
/// </summary>
public static class LayoutXml
{
    /// <summary>The XML Schema instance namespace (xsi:nil).</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings FileSettings = new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(true), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace,
    };

    private static readonly XmlWriterSettings ZipSettings = new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\r\n", NewLineHandling = NewLineHandling.Replace, OmitXmlDeclaration = true,
    };

    /// <summary>The bytes of a layout file whose root is <paramref name="root"/> (declaring xsi on it unless <paramref name="declareXsi"/> is false).</summary>
    public static byte[] FileBytes(XElement root, bool declareXsi = true)
    {
        var copy = new XElement(root);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        if (declareXsi)
        {
            copy.Add(new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName));
        }

        return Write(new XDocument(new XDeclaration("1.0", "utf-8", null), copy), FileSettings);
    }

    /// <summary>The bytes of a zip entry (customizations.xml, solution.xml).</summary>
    public static byte[] ZipBytes(XDocument document) => Write(new XDocument(document.Root), ZipSettings);

    /// <summary>Parses a layout file with line numbers; null and a problem when it is not well-formed XML.</summary>
    public static XDocument? Load(ILayoutFiles files, string path, System.Collections.Generic.List<LayoutProblem> problems)
    {
        try
        {
            using var stream = files.Open(path);
            return XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new LayoutProblem(path, e.LineNumber, "it is not well-formed XML: " + e.Message));
            return null;
        }
    }

    private static byte[] Write(XDocument document, XmlWriterSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
