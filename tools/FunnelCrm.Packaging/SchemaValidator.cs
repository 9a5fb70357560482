using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace FunnelCrm.Packaging;

/// <summary>Validates customizations.xml against Microsoft's CustomizationsSolution.xsd (9.0.0.2090) and lists every error with its line.</summary>
public static class SchemaValidator
{
    /// <summary>The errors, each as "customizations.xml line L, position P: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string customizationsXml, string schemaDirectory)
    {
        var main = Path.Combine(schemaDirectory, "CustomizationsSolution.xsd");
        if (!File.Exists(main))
        {
            return new[] { schemaDirectory + ": Microsoft's customization schemas are not there (CustomizationsSolution.xsd is missing)." };
        }

        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, main);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) =>
            errors.Add("customizations.xml line " + e.Exception.LineNumber + ", position " + e.Exception.LinePosition + ": " + e.Message);
        using var reader = XmlReader.Create(new StringReader(customizationsXml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>The document as text, the way the zip carries it.</summary>
    public static string Text(XDocument document) => document.Root!.ToString(SaveOptions.None);
}
