using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FunnelCrm.Packaging;

/// <summary>
/// [Content_Types].xml, which the packer writes as exports write it (Ardalyst/Celedon-Autonumber-RTM): a Default for xml
/// and for every other extension among the entries, an Override for every entry without an extension (web resource
/// contents), all application/octet-stream, on one line after a byte order mark and the XML declaration.
/// </summary>
public static class ZipContentTypes
{
    /// <summary>The content types namespace.</summary>
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private const string OctetStream = "application/octet-stream";

    /// <summary>The document for a zip holding <paramref name="entries"/>.</summary>
    public static XDocument For(IEnumerable<string> entries)
    {
        var names = entries.Where(e => e != "[Content_Types].xml").ToList();
        var extensions = new[] { "xml" }.Concat(names.Select(Extension).Where(x => x.Length > 0)).Distinct(StringComparer.OrdinalIgnoreCase);
        return new XDocument(new XElement(Namespace + "Types",
            extensions.Select(x => new XElement(Namespace + "Default", new XAttribute("Extension", x), new XAttribute("ContentType", OctetStream))),
            names.Where(n => Extension(n).Length == 0).Select(n => new XElement(Namespace + "Override", new XAttribute("PartName", "/" + n), new XAttribute("ContentType", OctetStream)))));
    }

    /// <summary>The bytes of the entry.</summary>
    public static byte[] Bytes(XDocument contentTypes)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(true) }))
        {
            contentTypes.Save(writer);
        }

        return buffer.ToArray();
    }

    private static string Extension(string entry)
    {
        var dot = entry.LastIndexOf('.');
        return dot > entry.LastIndexOf('/') ? entry.Substring(dot + 1).ToLowerInvariant() : "";
    }
}
