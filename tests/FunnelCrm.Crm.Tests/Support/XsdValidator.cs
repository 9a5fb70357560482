using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace FunnelCrm.Crm.Tests.Support;

/// <summary>
/// Validates XML against one of Microsoft's customization schemas (CustomizationsSolution.xsd, Fetch.xsd, FormXml.xsd,
/// SiteMap.xsd, VisualizationDataDescription.xsd), resolving their includes. Returns every error with its line, if known.
/// </summary>
public static class XsdValidator
{
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Schemas = new();

    /// <summary>Validates a whole document against the schema file (a file name in the vendored schema folder).</summary>
    public static IReadOnlyList<string> Validate(XDocument document, string schemaFile)
    {
        var errors = new List<string>();
        document.Validate(Load(schemaFile), (_, e) => Collect(errors, e));
        return errors;
    }

    /// <summary>Validates one element (a fetch, a form, a site map...) as the root of its own document.</summary>
    public static IReadOnlyList<string> Validate(XElement element, string schemaFile)
    {
        var line = element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        var errors = new List<string>();
        new XDocument(new XElement(element)).Validate(Load(schemaFile), (_, e) => Collect(errors, e, line));
        return errors;
    }

    private static void Collect(List<string> errors, ValidationEventArgs e, int elementLine = 0)
    {
        if (e.Severity != XmlSeverityType.Error)
        {
            return;
        }

        var line = elementLine > 0 ? elementLine : e.Exception?.LineNumber ?? 0;
        errors.Add(line > 0 ? $"line {line}: {e.Message}" : e.Message);
    }

    private static XmlSchemaSet Load(string schemaFile) => Schemas.GetOrAdd(schemaFile, file =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, Path.Combine(RepositoryPaths.CustomizationSchemas, file));
        set.Compile();
        return set;
    });
}
