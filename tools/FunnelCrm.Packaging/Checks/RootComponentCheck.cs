using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Other/Solution.xml's root components against the components: every root component has its definition, and every
/// table, choice, role, field security profile, dashboard, form of a shell table, site map, app, plugin assembly and step
/// is a root component.
/// </summary>
public static class RootComponentCheck
{
    private static readonly Dictionary<int, string> TypeNames = new Dictionary<int, string>
    {
        [1] = "table", [2] = "column", [9] = "choice", [20] = "role", [29] = "process", [60] = "form or dashboard", [61] = "web resource",
        [62] = "site map", [70] = "field security profile", [80] = "app", [91] = "plugin assembly", [92] = "step",
    };

    /// <summary>The disagreements.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var definitions = Definitions(package);
        var roots = new HashSet<(int, string)>();
        foreach (var root in package.RootComponents)
        {
            var typeText = root.Attribute("type")?.Value ?? "";
            var key = KeyOf(root);
            if (!int.TryParse(typeText, out var type) || !TypeNames.ContainsKey(type))
            {
                yield return new PackFailure("root component type " + typeText + " " + key + " (" + (SourceLocation.Of(root) ?? LayoutPaths.Manifest) + ")", "the packer does not know this component type, so it cannot check its definition.");
                continue;
            }

            roots.Add((type, key));
            if (!definitions.ContainsKey((type, key)))
            {
                yield return new PackFailure("root component " + TypeNames[type] + " " + key + " (" + (SourceLocation.Of(root) ?? LayoutPaths.Manifest) + ")", "the solution has no definition for it.");
            }
        }

        foreach (var ((type, key), element) in definitions.Where(d => d.Key.Type != 2))
        {
            if (!roots.Contains((type, key)) && RequiresRoot(package, type, element))
            {
                yield return new PackFailure(ComponentNames.Describe(element), "it is not a root component in " + LayoutPaths.Manifest + " (add RootComponent type=\"" + type + "\").");
            }
        }
    }

    private static bool RequiresRoot(SolutionPackage package, int type, XElement element)
    {
        if (type != 60 || element.Name.LocalName != "systemform")
        {
            return true;
        }

        var table = SolutionPackage.LogicalNameOf(element.Ancestors("Entity").First());
        return package.RootComponents.Any(r => r.Attribute("type")?.Value == "1" && string.Equals(r.Attribute("schemaName")?.Value, table, StringComparison.OrdinalIgnoreCase) && r.Attribute("behavior")?.Value == "2");
    }

    private static Dictionary<(int Type, string Key), XElement> Definitions(SolutionPackage package)
    {
        var definitions = new Dictionary<(int, string), XElement>();
        void Add(int type, string? key, XElement element)
        {
            if (!string.IsNullOrWhiteSpace(key))
            {
                definitions[(type, Normalize(key))] = element;
            }
        }

        foreach (var entity in package.Entities)
        {
            Add(1, SolutionPackage.LogicalNameOf(entity), entity);
            foreach (var attribute in entity.Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null))
            {
                Add(2, attribute.Element("LogicalName")?.Value, attribute);
            }

            foreach (var form in entity.Descendants("systemform"))
            {
                Add(60, form.Element("formid")?.Value, form);
            }
        }

        foreach (var set in package.Block("optionsets", "optionset"))
        {
            Add(9, set.Attribute("Name")?.Value, set);
        }

        foreach (var role in package.Block("Roles", "Role"))
        {
            Add(20, role.Attribute("id")?.Value, role);
        }

        foreach (var profile in package.Block("FieldSecurityProfiles", "FieldSecurityProfile"))
        {
            Add(70, profile.Attribute("fieldsecurityprofileid")?.Value, profile);
        }

        foreach (var workflow in package.Block("Workflows", "Workflow"))
        {
            Add(29, workflow.Attribute("WorkflowId")?.Value, workflow);
        }

        foreach (var dashboard in package.Block("Dashboards", "Dashboard"))
        {
            Add(60, dashboard.Element("FormId")?.Value, dashboard);
        }

        foreach (var resource in package.Block("WebResources", "WebResource"))
        {
            Add(61, resource.Element("Name")?.Value, resource);
        }

        foreach (var siteMap in package.Block("AppModuleSiteMaps", "AppModuleSiteMap"))
        {
            Add(62, siteMap.Element("SiteMapUniqueName")?.Value, siteMap);
        }

        foreach (var app in package.Block("AppModules", "AppModule"))
        {
            Add(80, app.Element("UniqueName")?.Value, app);
        }

        foreach (var assembly in package.Block("SolutionPluginAssemblies", "PluginAssembly"))
        {
            Add(91, assembly.Attribute("FullName")?.Value, assembly);
        }

        foreach (var step in package.Block("SdkMessageProcessingSteps", "SdkMessageProcessingStep"))
        {
            Add(92, step.Attribute("SdkMessageProcessingStepId")?.Value, step);
        }

        return definitions;
    }

    /// <summary>What identifies a root component: the assembly full name for type 91, else its id or schema name (normalized).</summary>
    public static string KeyOf(XElement root) => Normalize(root.Attribute("type")?.Value == "91"
        ? root.Attribute("schemaName")?.Value ?? root.Attribute("id")?.Value ?? ""
        : root.Attribute("id")?.Value ?? root.Attribute("schemaName")?.Value ?? "");

    /// <summary>A component key for comparison: ids without braces, names in lower case.</summary>
    public static string Normalize(string key) => Guid.TryParse(key, out var id) ? id.ToString() : key.Trim().ToLowerInvariant();
}
