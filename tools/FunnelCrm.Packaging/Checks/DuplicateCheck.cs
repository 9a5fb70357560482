using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Nothing is there twice: no two tables, columns of a table, keys of a table, views, forms and dashboards, charts, roles
/// (by id or name), choices, option values of a choice, relationships, column mappings, apps, site maps, site map entries,
/// app components, app roles, web resources, field security profiles, steps or root components share their id or name,
/// and inside a form no two tabs, sections, cells or controls share theirs. Dataverse would keep one of the two (or refuse
/// the import); each failure names both places.
/// </summary>
public static class DuplicateCheck
{
    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var failures = new List<PackFailure>();
        void Unique(IEnumerable<XElement> components, Func<XElement, string?> key, string what) => failures.AddRange(Duplicates(components, key, what));

        Unique(package.Entities, e => SolutionPackage.LogicalNameOf(e), "table name");
        foreach (var entity in package.Entities)
        {
            Unique(Columns(entity), a => a.Element("LogicalName")?.Value ?? a.Attribute("PhysicalName")?.Value, "column name");
            Unique(entity.Descendants("EntityKey"), k => k.Element("LogicalName")?.Value ?? k.Element("Name")?.Value, "key name");
        }

        Unique(package.Entities.Descendants("savedquery"), v => v.Element("savedqueryid")?.Value, "view id (savedqueryid)");
        Unique(package.Entities.Descendants("systemform").Concat(package.Block("Dashboards", "Dashboard")), f => (f.Element("formid") ?? f.Element("FormId"))?.Value, "form id");
        Unique(package.Entities.Descendants("visualization"), c => c.Element("savedqueryvisualizationid")?.Value, "chart id (savedqueryvisualizationid)");
        foreach (var form in package.Entities.Descendants("systemform").Concat(package.Block("Dashboards", "Dashboard")))
        {
            var layout = form.Descendants("form").ToList();
            Unique(layout.Descendants().Where(e => e.Name.LocalName is "tab" or "section" or "cell"), e => e.Attribute("id")?.Value, "layout id (tab, section or cell)");
            Unique(layout.Descendants().Where(e => e.Name.LocalName is "tab" or "section"), e => e.Attribute("name") is XAttribute name ? e.Name.LocalName + " " + name.Value : null, "name");
            Unique(layout.Descendants("control"), c => c.Attribute("id")?.Value, "control id");
        }

        Unique(package.Block("Roles", "Role"), r => r.Attribute("id")?.Value, "role id");
        Unique(package.Block("Roles", "Role"), r => r.Attribute("name")?.Value, "role name");
        foreach (var role in package.Block("Roles", "Role"))
        {
            Unique(role.Descendants("RolePrivilege"), p => p.Attribute("name")?.Value, "privilege");
        }

        Unique(package.Block("optionsets", "optionset"), o => o.Attribute("Name")?.Value, "choice name");
        foreach (var options in package.Customizations.Descendants("options"))
        {
            Unique(options.Elements("option"), o => o.Attribute("value")?.Value, "option value");
        }

        Unique(package.Block("EntityRelationships", "EntityRelationship"), r => r.Attribute("Name")?.Value, "relationship name");
        Unique(package.Block("EntityMaps", "EntityMap"), m => (m.Element("EntitySource")?.Value + " -> " + m.Element("EntityTarget")?.Value).ToLowerInvariant(), "column mapping");
        Unique(package.Block("AppModules", "AppModule"), a => a.Element("UniqueName")?.Value, "app unique name");
        foreach (var app in package.Block("AppModules", "AppModule"))
        {
            Unique(app.Descendants("AppModuleComponent"), c => c.Attribute("type")?.Value + " " + RootComponentCheck.Normalize(c.Attribute("id")?.Value ?? c.Attribute("schemaName")?.Value ?? ""), "app component");
            Unique(app.Descendants("AppModuleRoleMaps").Elements("Role"), r => r.Attribute("id")?.Value, "app role");
        }

        Unique(package.Block("AppModuleSiteMaps", "AppModuleSiteMap"), s => s.Element("SiteMapUniqueName")?.Value, "site map unique name");
        foreach (var siteMap in package.Customizations.Descendants("SiteMap"))
        {
            Unique(siteMap.Descendants().Where(e => e.Name.LocalName is "Area" or "Group" or "SubArea"), e => e.Attribute("Id")?.Value, "site map id");
        }

        Unique(package.Block("WebResources", "WebResource"), w => w.Element("WebResourceId")?.Value, "web resource id");
        Unique(package.Block("WebResources", "WebResource"), w => w.Element("Name")?.Value, "web resource name");
        Unique(package.Block("FieldSecurityProfiles", "FieldSecurityProfile"), p => p.Attribute("fieldsecurityprofileid")?.Value, "field security profile id");
        Unique(package.Block("FieldSecurityProfiles", "FieldSecurityProfile"), p => p.Attribute("name")?.Value, "field security profile name");
        Unique(package.Block("SdkMessageProcessingSteps", "SdkMessageProcessingStep"), s => s.Attribute("SdkMessageProcessingStepId")?.Value, "step id");
        Unique(package.RootComponents, r => r.Attribute("type")?.Value + " " + RootComponentCheck.KeyOf(r), "root component");
        return failures;
    }

    private static IEnumerable<XElement> Columns(XElement entity) =>
        entity.Elements("EntityInfo").Elements("entity").Elements("attributes").Elements("attribute").Where(a => a.Attribute("PhysicalName") != null);

    private static IEnumerable<PackFailure> Duplicates(IEnumerable<XElement> components, Func<XElement, string?> key, string what)
    {
        var first = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            var value = key(component);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var normalized = RootComponentCheck.Normalize(value);
            if (first.TryGetValue(normalized, out var earlier))
            {
                yield return new PackFailure(Describe(component), "its " + what + " '" + value.Trim() + "' is also that of " + Describe(earlier) + "; each must be unique.");
            }
            else
            {
                first[normalized] = component;
            }
        }
    }

    private static string Describe(XElement component) => component.Name.LocalName == "RootComponent"
        ? "root component type " + component.Attribute("type")?.Value + " " + RootComponentCheck.KeyOf(component) + " (" + (SourceLocation.Of(component) ?? LayoutPaths.Manifest) + ")"
        : ComponentNames.Describe(component);
}
