using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Publisher prefix and option value prefix: every custom table, column, choice, relationship, key, app and site map
/// starts with "&lt;prefix&gt;_"; a column without the prefix must be a standard one; every option of a custom choice has a
/// value in [option value prefix × 10000, + 9999].
/// </summary>
public static class NamingCheck
{
    /// <summary>The naming failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        if (package.Prefix.Length == 0)
        {
            yield return new PackFailure(LayoutPaths.Manifest + " publisher", "has no CustomizationPrefix.");
            yield break;
        }

        foreach (var entity in package.Entities)
        {
            var table = SolutionPackage.LogicalNameOf(entity);
            var custom = !KnownColumns.IsStandardTable(table);
            if (custom && !package.HasPrefix(table))
            {
                yield return Unprefixed(package, entity, "the table name '" + table + "'");
            }

            foreach (var attribute in entity.Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null))
            {
                var name = attribute.Element("LogicalName")?.Value ?? attribute.Attribute("PhysicalName")!.Value;
                var isCustomField = attribute.Element("IsCustomField")?.Value == "1";
                if (package.HasPrefix(name))
                {
                    continue;
                }

                if (isCustomField || !KnownColumns.IsSystemColumn(name) && name != table + "id")
                {
                    yield return Unprefixed(package, attribute, "the custom column name '" + name + "'");
                }
            }

            foreach (var key in entity.Descendants("EntityKey"))
            {
                var name = key.Element("LogicalName")?.Value ?? key.Element("Name")?.Value ?? "";
                if (!package.HasPrefix(name))
                {
                    yield return Unprefixed(package, key, "the key name '" + name + "'");
                }
            }
        }

        foreach (var (element, name, what) in NamedComponents(package))
        {
            if (!package.HasPrefix(name))
            {
                yield return Unprefixed(package, element, what + " '" + name + "'");
            }
        }

        foreach (var failure in OptionValues(package))
        {
            yield return failure;
        }
    }

    private static IEnumerable<(XElement Element, string Name, string What)> NamedComponents(SolutionPackage package)
    {
        foreach (var set in package.Block("optionsets", "optionset"))
        {
            yield return (set, set.Attribute("Name")?.Value ?? "", "the choice name");
        }

        foreach (var relationship in package.Block("EntityRelationships", "EntityRelationship"))
        {
            yield return (relationship, relationship.Attribute("Name")?.Value ?? "", "the relationship name");
        }

        foreach (var app in package.Block("AppModules", "AppModule"))
        {
            yield return (app, app.Element("UniqueName")?.Value ?? "", "the app unique name");
        }

        foreach (var siteMap in package.Block("AppModuleSiteMaps", "AppModuleSiteMap"))
        {
            yield return (siteMap, siteMap.Element("SiteMapUniqueName")?.Value ?? "", "the site map unique name");
        }
    }

    private static IEnumerable<PackFailure> OptionValues(SolutionPackage package)
    {
        var low = (long)package.OptionValuePrefix * 10000;
        var customSets = package.Block("optionsets", "optionset")
            .Concat(package.Entities.Descendants("attribute").Where(a => a.Element("IsCustomField")?.Value == "1").Elements("optionset"))
            .Where(s => (s.Element("OptionSetType")?.Value ?? "picklist") == "picklist");
        foreach (var set in customSets)
        {
            foreach (var option in set.Descendants("option"))
            {
                if (!long.TryParse(option.Attribute("value")?.Value, out var value) || value < low || value > low + 9999)
                {
                    yield return new PackFailure(ComponentNames.Describe(option),
                        "option value " + option.Attribute("value")?.Value + " does not carry the option value prefix " + package.OptionValuePrefix + " (expected " + low + " to " + (low + 9999) + ").");
                }
            }
        }
    }

    private static PackFailure Unprefixed(SolutionPackage package, XElement element, string what) =>
        new PackFailure(ComponentNames.Describe(element), what + " does not start with the publisher prefix '" + package.Prefix + "_'.");
}
