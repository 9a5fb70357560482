using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Xml;
using System.Xml.Schema;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Microsoft's customization schemas (9.0.0.2090): the copy embedded in this assembly (vendored byte-identical under
/// Schemas/Microsoft-9.0.0.2090, see its PROVENANCE.md), or, when a folder is given, the files in that folder. Each
/// compiled set is loaded once per source; includes between the files resolve from the same source.
/// </summary>
public static class CustomizationSchemas
{
    /// <summary>The files the packer's checks validate against.</summary>
    public static readonly string[] Required = { "CustomizationsSolution.xsd", "Fetch.xsd", "VisualizationDataDescription.xsd", "FormXml.xsd", "SiteMap.xsd", "RibbonCore.xsd", "RibbonTypes.xsd", "RibbonWSS.xsd" };

    /// <summary>Every vendored file, in name order.</summary>
    public static readonly string[] Vendored =
    {
        "CustomizationsSolution.xsd", "Fetch.xsd", "FormXml.xsd", "ParameterXml.xsd", "RibbonCore.xsd", "RibbonTypes.xsd", "RibbonWSS.xsd",
        "SiteMap.xsd", "SiteMapType.xsd", "VisualizationDataDescription.xsd", "isv.config.xsd", "reports.config.xsd",
    };

    private const string ResourcePrefix = "FunnelCrm.Packaging.Schemas.";
    private static readonly Uri EmbeddedBase = new Uri("funnelcrm-schemas://embedded/Microsoft-9.0.0.2090/");
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Sets = new ConcurrentDictionary<string, XmlSchemaSet>(StringComparer.Ordinal);

    /// <summary>The compiled schema set whose entry point is <paramref name="file"/>; from the embedded copy when <paramref name="directory"/> is null.</summary>
    public static XmlSchemaSet Load(string file, string? directory = null) =>
        Sets.GetOrAdd((directory == null ? "embedded:" : Path.GetFullPath(directory) + "|") + file, _ =>
        {
            XmlResolver resolver = directory == null ? new EmbeddedResolver() : new XmlUrlResolver();
            var set = new XmlSchemaSet { XmlResolver = resolver };
            var location = directory == null ? new Uri(EmbeddedBase, file) : new Uri(Path.GetFullPath(Path.Combine(directory, file)));
            using (var stream = (Stream)resolver.GetEntity(location, null, typeof(Stream))!)
            using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, location.AbsoluteUri))
            {
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        });

    /// <summary>The bytes of one embedded file, or null when the assembly does not carry it.</summary>
    public static Stream? OpenEmbedded(string file) => typeof(CustomizationSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + file);

    /// <summary>The files of <see cref="Required"/> that <paramref name="directory"/> lacks.</summary>
    public static string[] MissingFiles(string directory) => Array.FindAll(Required, f => !File.Exists(Path.Combine(directory, f)));

    private sealed class EmbeddedResolver : XmlResolver
    {
        public override ICredentials Credentials
        {
            set { }
        }

        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = absoluteUri.Segments[absoluteUri.Segments.Length - 1];
            if (absoluteUri.Scheme != EmbeddedBase.Scheme)
            {
                throw new XmlException("Microsoft's schemas refer only to each other; '" + absoluteUri + "' is not one of them.");
            }

            return OpenEmbedded(name) ?? throw new XmlException("The schema '" + name + "' is not embedded in the packer.");
        }
    }
}
