using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// Splits a packed solution (solution.xml, customizations.xml and the zip's other entries) into the layout the reader
/// assembles it from, one file per component (see <see cref="LayoutPaths"/>). What the packer generates from the
/// declarations in code is left out: the plugin assemblies, the steps and their root components (types 91 and 92), and
/// the custom APIs (customapis/).
/// Blocks the layout has no files for stay in Other/Customizations.xml as they are.
/// </summary>
public static class SolutionSplitter
{
    private static readonly string[] Generated = { "SolutionPluginAssemblies", "SdkMessageProcessingSteps" };

    /// <summary>
    /// The layout's files, in path order. <paramref name="entries"/> gives the zip's other entries by name (web resource
    /// contents; the plugin assemblies and custom API files it leaves out). Refuses a package in which two components would share a file.
    /// </summary>
    public static IReadOnlyList<LayoutFile> Split(XDocument solution, XDocument customizations, IReadOnlyDictionary<string, byte[]> entries)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        void Add(string path, XElement root, bool declareXsi = true)
        {
            if (files.ContainsKey(path))
            {
                throw new InvalidDataException("Two components of the package belong in " + path + "; the layout holds one per file.");
            }

            files[path] = LayoutXml.FileBytes(root, declareXsi);
        }

        var manifest = new XElement(solution.Root!);
        manifest.Descendants("RootComponent").Where(r => (string?)r.Attribute("type") is "91" or "92").Remove();
        Add(LayoutPaths.Manifest, manifest);
        var shell = new XElement(customizations.Root!);
        SplitEntities(shell, Add);
        Each(shell, "Roles", "Role", r => LayoutPaths.Role(Attribute(r, "name")), Add);
        Each(shell, "optionsets", "optionset", o => LayoutPaths.OptionSet(Attribute(o, "Name")), Add);
        SplitRelationships(shell, Add);
        Whole(shell, "EntityMaps", LayoutPaths.EntityMaps, Add);
        Whole(shell, "FieldSecurityProfiles", LayoutPaths.FieldSecurityProfiles, Add);
        Each(shell, "Dashboards", "Dashboard", d => LayoutPaths.Dashboard(Text(d, "FormId")), Add);
        foreach (var resource in Take(shell, "WebResources", "WebResource"))
        {
            var name = Text(resource, "Name");
            var entry = Text(resource, "FileName").TrimStart('/');
            files[LayoutPaths.WebResource(name)] = entries.TryGetValue(entry, out var content)
                ? content
                : throw new InvalidDataException("The web resource " + name + " names the zip entry " + entry + ", which the package lacks.");
            Add(LayoutPaths.WebResourceData(name), resource);
        }

        Each(shell, "AppModuleSiteMaps", "AppModuleSiteMap", s => LayoutPaths.SiteMap(Text(s, "SiteMapUniqueName")), Add);
        foreach (var app in Take(shell, "AppModules", "AppModule"))
        {
            Add(LayoutPaths.App(Text(app, "UniqueName")), app, declareXsi: false);
        }

        foreach (var generated in Generated.Select(b => shell.Element(b)).OfType<XElement>())
        {
            generated.RemoveNodes();
        }

        Add(LayoutPaths.Customizations, shell);

        return files.OrderBy(f => f.Key, LayoutPaths.Order).Select(f => new LayoutFile(f.Key, f.Value)).ToList();
    }

    /// <summary>Writes <paramref name="files"/> under <paramref name="folder"/>, creating folders as needed.</summary>
    public static void Write(string folder, IEnumerable<LayoutFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    private static void SplitEntities(XElement shell, Action<string, XElement, bool> add)
    {
        foreach (var entity in Take(shell, "Entities", "Entity"))
        {
            var name = Text(entity, "Name");
            foreach (var forms in entity.Elements("FormXml").Elements("forms"))
            {
                foreach (var form in forms.Elements("systemform"))
                {
                    add(LayoutPaths.Form(name, Attribute(forms, "type"), Text(form, "formid")), new XElement("forms", form), true);
                }
            }

            foreach (var view in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"))
            {
                add(LayoutPaths.View(name, Text(view, "savedqueryid")), new XElement("savedqueries", view), true);
            }

            foreach (var chart in entity.Elements("Visualizations").Elements("visualization"))
            {
                add(LayoutPaths.Chart(name, Text(chart, "savedqueryvisualizationid")), chart, true);
            }

            if (entity.Element("RibbonDiffXml") is XElement ribbon && (ribbon.HasElements || ribbon.HasAttributes))
            {
                add(LayoutPaths.Ribbon(name), ribbon, true);
                ribbon.ReplaceWith(new XElement("RibbonDiffXml"));
            }

            foreach (var part in entity.Elements().Where(e => e.Name.LocalName is "FormXml" or "SavedQueries" or "Visualizations"))
            {
                part.RemoveNodes();
            }

            add(LayoutPaths.Entity(name), entity, true);
        }
    }

    private static void SplitRelationships(XElement shell, Action<string, XElement, bool> add)
    {
        var relationships = Take(shell, "EntityRelationships", "EntityRelationship");
        if (relationships.Count == 0)
        {
            return;
        }

        add(LayoutPaths.Relationships, new XElement("EntityRelationships", relationships.Select(r => new XElement("EntityRelationship", new XAttribute("Name", Attribute(r, "Name"))))), true);
        foreach (var owner in relationships.GroupBy(r => Text(r, Text(r, "EntityRelationshipType") == "ManyToMany" ? "FirstEntityName" : "ReferencedEntityName")))
        {
            add(LayoutPaths.RelationshipsOf(owner.Key), new XElement("EntityRelationships", owner), true);
        }
    }

    private static void Each(XElement shell, string block, string item, Func<XElement, string> pathOf, Action<string, XElement, bool> add)
    {
        foreach (var component in Take(shell, block, item))
        {
            add(pathOf(component), component, true);
        }
    }

    private static void Whole(XElement shell, string block, string path, Action<string, XElement, bool> add)
    {
        if (shell.Element(block) is XElement element && element.HasElements)
        {
            add(path, new XElement(element), true);
            element.RemoveNodes();
        }
    }

    private static List<XElement> Take(XElement shell, string block, string item)
    {
        var components = shell.Element(block)?.Elements(item).ToList() ?? new List<XElement>();
        foreach (var component in components)
        {
            component.Remove();
        }

        return components;
    }

    private static string Text(XElement element, string name) => element.Element(name)?.Value.Trim() ?? "";

    private static string Attribute(XElement element, string name) => element.Attribute(name)?.Value.Trim() ?? "";
}
