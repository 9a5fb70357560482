using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Every table's RibbonDiffXml against Microsoft's ribbon schemas (RibbonCore.xsd with RibbonTypes.xsd and RibbonWSS.xsd,
/// the entity ribbon type) and against itself: every button's command, every command's rules and every $LocLabels
/// reference is defined, every $webresource: library is a web resource of the solution. Forms too: every form library and
/// event handler names a web resource of the solution.
/// </summary>
public static class RibbonCheck
{
    private const string WebResourcePrefix = "$webresource:";
    private const string LocLabelsPrefix = "$LocLabels:";

    /// <summary>The failures; against the embedded schemas when <paramref name="schemaDirectory"/> is null.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package, string? schemaDirectory)
    {
        var failures = new List<PackFailure>();
        var webResources = new HashSet<string>(package.Block("WebResources", "WebResource").Select(w => w.Element("Name")?.Value.Trim() ?? ""), StringComparer.OrdinalIgnoreCase);
        var schemas = CustomizationSchemas.Load("RibbonCore.xsd", schemaDirectory);
        var entityRibbon = schemas.GlobalTypes[new System.Xml.XmlQualifiedName("RibbonEntityDiffXmlType")] as XmlSchemaComplexType;
        foreach (var ribbon in package.Entities.Elements("RibbonDiffXml").Where(r => r.HasElements))
        {
            var component = ComponentNames.Describe(ribbon);
            var copy = new XElement(ribbon);
            new XDocument(copy).Root!.Validate(entityRibbon!, schemas, (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error)
                {
                    failures.Add(new PackFailure(component, "not valid against RibbonCore.xsd: " + e.Message));
                }
            });
            failures.AddRange(References(ribbon, component, webResources));
        }

        foreach (var form in package.Entities.Descendants("systemform"))
        {
            var named = form.Descendants("Library").Select(l => l.Attribute("name")?.Value ?? "")
                .Concat(form.Descendants("Handler").Select(h => h.Attribute("libraryName")?.Value ?? ""));
            foreach (var library in named.Where(n => !webResources.Contains(n)).Distinct())
            {
                failures.Add(new PackFailure(ComponentNames.Describe(form), "it loads the script '" + library + "', which is not a web resource of the solution."));
            }
        }

        return failures;
    }

    private static IEnumerable<PackFailure> References(XElement ribbon, string component, ISet<string> webResources)
    {
        var commands = Ids(ribbon.Descendants("CommandDefinition"));
        var enableRules = Ids(ribbon.Elements("RuleDefinitions").Elements("EnableRules").Elements("EnableRule"));
        var displayRules = Ids(ribbon.Elements("RuleDefinitions").Elements("DisplayRules").Elements("DisplayRule"));
        var labels = Ids(ribbon.Descendants("LocLabel"));
        foreach (var button in ribbon.Descendants("CommandUIDefinition").Descendants().Where(e => e.Attribute("Command") != null))
        {
            var command = button.Attribute("Command")!.Value;
            if (!commands.Contains(command) && !command.StartsWith("Mscrm.", StringComparison.Ordinal))
            {
                yield return new PackFailure(component, "the button '" + button.Attribute("Id")?.Value + "' runs the command '" + command + "', which no CommandDefinition defines.");
            }
        }

        foreach (var rule in ribbon.Descendants("CommandDefinition").Descendants("EnableRule").Where(r => !enableRules.Contains(Id(r)) && !Id(r).StartsWith("Mscrm.", StringComparison.Ordinal)))
        {
            yield return new PackFailure(component, "the command '" + rule.Ancestors("CommandDefinition").First().Attribute("Id")?.Value + "' names the enable rule '" + Id(rule) + "', which is not defined.");
        }

        foreach (var rule in ribbon.Descendants("CommandDefinition").Descendants("DisplayRule").Where(r => !displayRules.Contains(Id(r)) && !Id(r).StartsWith("Mscrm.", StringComparison.Ordinal)))
        {
            yield return new PackFailure(component, "the command '" + rule.Ancestors("CommandDefinition").First().Attribute("Id")?.Value + "' names the display rule '" + Id(rule) + "', which is not defined.");
        }

        foreach (var label in ribbon.Descendants().Attributes().Where(a => a.Value.StartsWith(LocLabelsPrefix, StringComparison.Ordinal)).Select(a => a.Value.Substring(LocLabelsPrefix.Length)).Distinct())
        {
            if (!labels.Contains(label))
            {
                yield return new PackFailure(component, "it names the label '" + label + "', which no LocLabel defines.");
            }
        }

        foreach (var library in ribbon.Descendants().Attributes("Library").Select(a => a.Value).Distinct())
        {
            if (library.StartsWith(WebResourcePrefix, StringComparison.Ordinal) && !webResources.Contains(library.Substring(WebResourcePrefix.Length)))
            {
                yield return new PackFailure(component, "it loads '" + library + "', which is not a web resource of the solution.");
            }
        }
    }

    private static HashSet<string> Ids(IEnumerable<XElement> elements) => new HashSet<string>(elements.Select(Id), StringComparer.Ordinal);

    private static string Id(XElement element) => element.Attribute("Id")?.Value ?? "";
}
