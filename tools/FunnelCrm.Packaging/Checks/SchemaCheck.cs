using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Microsoft's schemas (9.0.0.2090): customizations.xml against CustomizationsSolution.xsd, every view and chart FetchXML
/// against Fetch.xsd, every chart data description against VisualizationDataDescription.xsd, every form and dashboard
/// against FormXml.xsd, every site map against SiteMap.xsd. Errors only; warnings (untyped chart presentation XML) pass,
/// and so do the elements 9.2 exports carry that the 9.0.0.2090 schema predates (<see cref="NewerThanSchema"/>).
/// </summary>
public static class SchemaCheck
{
    /// <summary>The schema errors, each naming its component; against the embedded schemas when <paramref name="schemaDirectory"/> is null.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package, string? schemaDirectory)
    {
        var failures = new List<PackFailure>();
        var missing = schemaDirectory == null ? Array.Empty<string>() : CustomizationSchemas.MissingFiles(schemaDirectory);
        if (missing.Length > 0)
        {
            failures.Add(new PackFailure("--schemas " + schemaDirectory, "Microsoft's customization schemas are not there (" + string.Join(", ", missing) + " missing); pass a folder holding the 9.0.0.2090 set, or leave --schemas out to use the copy built into funnelcrm."));
            return failures;
        }

        using (NewerThanSchema.Detach(package.Customizations))
        {
            package.Customizations.Validate(Load(schemaDirectory, "CustomizationsSolution.xsd"), (sender, e) => Collect(failures, sender as XObject, e, "CustomizationsSolution.xsd"));
        }

        var root = package.Customizations.Root!;
        foreach (var fetch in root.Descendants("savedquery").Elements("fetchxml").Elements("fetch"))
        {
            Fragment(failures, fetch, fetch, schemaDirectory, "Fetch.xsd");
        }

        foreach (var description in root.Descendants("visualization").Elements("datadescription"))
        {
            var definition = description.Element("datadefinition") ?? Parse(description);
            if (definition == null)
            {
                failures.Add(new PackFailure(ComponentNames.Describe(description), "the chart has no data description (datadefinition)."));
                continue;
            }

            Fragment(failures, description, definition, schemaDirectory, "VisualizationDataDescription.xsd");
            foreach (var fetch in definition.Descendants("fetch"))
            {
                Fragment(failures, description, fetch, schemaDirectory, "Fetch.xsd");
            }
        }

        foreach (var form in root.Descendants("FormXml").Descendants("form"))
        {
            Fragment(failures, form, form, schemaDirectory, "FormXml.xsd");
        }

        foreach (var siteMap in root.Descendants("SiteMap"))
        {
            Fragment(failures, siteMap, siteMap, schemaDirectory, "SiteMap.xsd");
        }

        return failures;
    }

    private static XElement? Parse(XElement escaped)
    {
        try
        {
            return escaped.Value.Trim().Length == 0 ? null : XElement.Parse(escaped.Value);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static void Fragment(List<PackFailure> failures, XElement owner, XElement fragment, string? schemaDirectory, string schema) =>
        new XDocument(new XElement(fragment)).Validate(Load(schemaDirectory, schema), (_, e) => Collect(failures, owner, e, schema));

    private static void Collect(List<PackFailure> failures, XObject? at, ValidationEventArgs e, string schema)
    {
        if (e.Severity == XmlSeverityType.Error)
        {
            failures.Add(new PackFailure(at == null ? "customizations.xml" : ComponentNames.Describe(at), "not valid against " + schema + ": " + e.Message));
        }
    }

    private static XmlSchemaSet Load(string? directory, string file) => CustomizationSchemas.Load(file, directory);
}
