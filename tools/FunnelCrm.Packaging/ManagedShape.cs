using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging;

/// <summary>
/// Shapes a package the way Microsoft's managed exports are shaped, for the component kinds FunnelCrm ships. Compared
/// with the unmanaged export of the same solution version (Ardalyst/Celedon-Autonumber-RTM 1.2.0.0 unmanaged and managed;
/// the form / form_managed pairs of devkeydet/explicitpluginimpersonation), a managed export differs in:
/// &lt;Managed&gt;1&lt;/Managed&gt;; the label of a form cell bound to a column is written empty where it is the column's
/// display name in that language (the form then shows the display name; labels that say something else stay); no
/// <c>unmodified="1"</c> markers on untouched system tables, columns and views and no <c>solutionaction</c> on labels
/// (meandtech2001/Apollo-HealthCare-Management-D365-CRM-). Tables, columns, views, charts, dashboards, roles, choices,
/// relationships, the app and its site map (AppModule_managed.xml and AppModuleSiteMap_managed.xml equal their unmanaged
/// files in both repositories), plugin assemblies, types and steps are otherwise identical.
/// </summary>
public static class ManagedShape
{
    /// <summary>Marks the solution managed and writes what only managed exports write.</summary>
    public static void Apply(XDocument solution, XDocument customizations)
    {
        var managed = solution.Root?.Element("SolutionManifest")?.Element("Managed");
        if (managed != null)
        {
            managed.Value = "1";
        }

        foreach (var marker in customizations.Descendants().Attributes().Where(a => a.Name.LocalName is "unmodified" or "solutionaction").ToList())
        {
            marker.Remove();
        }

        foreach (var entity in customizations.Root?.Elements("Entities").Elements("Entity") ?? Enumerable.Empty<XElement>())
        {
            BlankColumnLabels(entity);
        }
    }

    private static void BlankColumnLabels(XElement entity)
    {
        var displayNames = entity.Elements("EntityInfo").Elements("entity").Elements("attributes").Elements("attribute")
            .Where(a => a.Element("LogicalName") != null)
            .GroupBy(a => a.Element("LogicalName")!.Value.Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Elements("displaynames").Elements("displayname")
                .GroupBy(d => (string?)d.Attribute("languagecode") ?? "").ToDictionary(d => d.Key, d => (string?)d.First().Attribute("description")));
        foreach (var cell in entity.Descendants("systemform").Descendants("cell"))
        {
            var column = cell.Element("control")?.Attribute("datafieldname")?.Value.Trim().ToLowerInvariant();
            if (column == null || !displayNames.TryGetValue(column, out var names))
            {
                continue;
            }

            foreach (var label in cell.Elements("labels").Elements("label").Where(l => IsDisplayName(l, names)))
            {
                label.SetAttributeValue("description", "");
            }
        }
    }

    private static bool IsDisplayName(XElement label, IReadOnlyDictionary<string, string?> names) =>
        names.TryGetValue((string?)label.Attribute("languagecode") ?? "", out var name) && name != null && (string?)label.Attribute("description") == name;
}
