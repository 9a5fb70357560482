using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// Assembles solution.xml and customizations.xml from the layout (see <see cref="LayoutPaths"/>): Other/Customizations.xml
/// gives the blocks and their order, each component file fills its block; components are read in <see cref="LayoutPaths.Order"/>
/// of their files, relationships in the order Other/Relationships.xml names them. Each element taken from a file keeps
/// that file's line numbers and is marked with its path.
/// </summary>
internal sealed class LayoutReader
{
    private static readonly string[] EntityParts = { "Name", "EntityInfo", "FormXml", "SavedQueries", "Visualizations", "RibbonDiffXml" };
    private readonly ILayoutFiles files;
    private readonly IReadOnlyList<string> ordered;
    private readonly HashSet<string> paths;
    private readonly HashSet<string> placed = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> entries = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly List<LayoutProblem> problems = new List<LayoutProblem>();

    public LayoutReader(ILayoutFiles files)
    {
        this.files = files;
        ordered = files.Paths.OrderBy(p => p, LayoutPaths.Order).ToList();
        paths = new HashSet<string>(ordered, StringComparer.Ordinal);
    }

    public UnpackedSolution Read()
    {
        var manifest = Document(LayoutPaths.Manifest);
        var customizations = Document(LayoutPaths.Customizations);
        if (manifest == null || customizations == null)
        {
            return new UnpackedSolution(files, null, null, entries, problems);
        }

        var root = customizations.Root!;
        ReadEntities(root);
        ReadEach(root, "Roles", "Role", p => Single(p, "Roles/"), r => LayoutPaths.Role(Attribute(r, "name")));
        ReadEach(root, "optionsets", "optionset", p => Single(p, "OptionSets/"), o => LayoutPaths.OptionSet(Attribute(o, "Name")));
        ReadRelationships(root);
        ReadWhole(root, "EntityMaps", LayoutPaths.EntityMaps);
        ReadWhole(root, "FieldSecurityProfiles", LayoutPaths.FieldSecurityProfiles);
        ReadEach(root, "Dashboards", "Dashboard", p => Single(p, "Dashboards/"), d => LayoutPaths.Dashboard(Text(d, "FormId")));
        ReadWebResources(root);
        ReadEach(root, "AppModuleSiteMaps", "AppModuleSiteMap", p => Named(p, "AppModuleSiteMaps/", "AppModuleSiteMap.xml"), s => LayoutPaths.SiteMap(Text(s, "SiteMapUniqueName")));
        ReadEach(root, "AppModules", "AppModule", p => Named(p, "AppModules/", "AppModule.xml"), a => LayoutPaths.App(Text(a, "UniqueName")));
        foreach (var path in ordered.Where(p => p.StartsWith(LayoutPaths.CustomApis, StringComparison.Ordinal)))
        {
            placed.Add(path);
            problems.Add(new LayoutProblem(path, 0, "custom APIs are generated at pack time from the [CustomApi] declarations next to their plugin classes and never kept here; remove the file and declare the API in code."));
        }

        foreach (var path in ordered.Where(p => !placed.Contains(p) && !IsDocumentation(p)))
        {
            problems.Add(new LayoutProblem(path, 0, "the packer does not know this file: it is no part of the layout (Other/, Entities/<table>/, OptionSets/, Roles/, Dashboards/, "
                + "WebResources/, AppModules/, AppModuleSiteMaps/); plugin assemblies, steps and custom APIs are generated from the declarations in code and never kept here."));
        }

        return new UnpackedSolution(files, manifest, customizations, entries, problems);
    }

    private void ReadEntities(XElement root)
    {
        var folders = ordered.Where(p => p.StartsWith("Entities/", StringComparison.Ordinal) && p.Count(c => c == '/') >= 2)
            .Select(p => p.Split('/')[1]).Distinct(StringComparer.Ordinal).OrderBy(f => f, LayoutPaths.Order).ToList();
        foreach (var folder in folders)
        {
            var entityPath = LayoutPaths.Entity(folder);
            if (!paths.Contains(entityPath))
            {
                problems.Add(new LayoutProblem(LayoutPaths.EntityFolder(folder), 0, "the table folder has no Entity.xml."));
                continue;
            }

            var entity = Component(entityPath, "Entity");
            if (entity == null)
            {
                continue;
            }

            Expect(entity, entityPath, LayoutPaths.Entity(Text(entity, "Name")), "table " + Text(entity, "Name"));
            ReadForms(entity, folder);
            ReadViews(entity, folder);
            foreach (var path in Under(LayoutPaths.EntityFolder(folder) + "Visualizations/", 0))
            {
                if (Component(path, "visualization") is XElement chart)
                {
                    Expect(chart, path, LayoutPaths.Chart(folder, Text(chart, "savedqueryvisualizationid")), "chart " + Text(chart, "savedqueryvisualizationid"));
                    Part(entity, "Visualizations").Add(chart);
                }
            }

            if (paths.Contains(LayoutPaths.Ribbon(folder)) && Component(LayoutPaths.Ribbon(folder), "RibbonDiffXml") is XElement ribbon)
            {
                Part(entity, "RibbonDiffXml").ReplaceWith(ribbon);
            }

            CustomizationsBlocks.GetOrAdd(root, "Entities").Add(entity);
        }
    }

    private void ReadForms(XElement entity, string folder)
    {
        var formsFolder = LayoutPaths.EntityFolder(folder) + "FormXml/";
        foreach (var type in Under(formsFolder, 1).GroupBy(p => p.Substring(formsFolder.Length).Split('/')[0]))
        {
            var forms = new XElement("forms", new XAttribute("type", type.Key));
            foreach (var path in type)
            {
                foreach (var form in Wrapped(path, "forms", "systemform", "form"))
                {
                    Expect(form, path, LayoutPaths.Form(folder, type.Key, Text(form, "formid")), "form " + Text(form, "formid"));
                    forms.Add(form);
                }
            }

            Part(entity, "FormXml").Add(forms);
        }
    }

    private void ReadViews(XElement entity, string folder)
    {
        foreach (var path in Under(LayoutPaths.EntityFolder(folder) + "SavedQueries/", 0))
        {
            foreach (var view in Wrapped(path, "savedqueries", "savedquery", "view"))
            {
                Expect(view, path, LayoutPaths.View(folder, Text(view, "savedqueryid")), "view " + Text(view, "savedqueryid"));
                var part = Part(entity, "SavedQueries");
                (part.Element("savedqueries") ?? Added(part, new XElement("savedqueries"))).Add(view);
            }
        }
    }

    private void ReadRelationships(XElement root)
    {
        var definitions = new List<XElement>();
        foreach (var path in Under("Other/Relationships/", 0))
        {
            if (Component(path, "EntityRelationships") is XElement file)
            {
                foreach (var relationship in file.Elements("EntityRelationship").ToList())
                {
                    relationship.Remove();
                    SourceLocation.Mark(relationship, path);
                    Expect(relationship, path, LayoutPaths.RelationshipsOf(OwnerOf(relationship)), "relationship " + Attribute(relationship, "Name"));
                    definitions.Add(relationship);
                }
            }
        }

        var names = paths.Contains(LayoutPaths.Relationships) ? Component(LayoutPaths.Relationships, "EntityRelationships") : null;
        if (names == null && definitions.Count == 0)
        {
            return;
        }

        var block = CustomizationsBlocks.GetOrAdd(root, "EntityRelationships");
        foreach (var name in names?.Elements("EntityRelationship") ?? Enumerable.Empty<XElement>())
        {
            var definition = definitions.FirstOrDefault(d => Attribute(d, "Name") == Attribute(name, "Name"));
            if (definition == null)
            {
                problems.Add(Problem(name, LayoutPaths.Relationships, "it names the relationship '" + Attribute(name, "Name") + "', which no file of Other/Relationships/ defines."));
                continue;
            }

            definitions.Remove(definition);
            block.Add(definition);
        }

        foreach (var unnamed in definitions)
        {
            problems.Add(Problem(unnamed, SourceLocation.FileOf(unnamed)!, "the relationship '" + Attribute(unnamed, "Name") + "' is not listed in " + LayoutPaths.Relationships + "."));
            block.Add(unnamed);
        }
    }

    private void ReadWhole(XElement root, string block, string path)
    {
        if (paths.Contains(path) && Component(path, block) is XElement file)
        {
            var target = CustomizationsBlocks.GetOrAdd(root, block);
            foreach (var component in file.Elements().ToList())
            {
                component.Remove();
                SourceLocation.Mark(component, path);
                target.Add(component);
            }
        }
    }

    private void ReadWebResources(XElement root)
    {
        foreach (var path in ordered.Where(p => p.StartsWith("WebResources/", StringComparison.Ordinal) && p.EndsWith(".data.xml", StringComparison.Ordinal)).ToList())
        {
            if (Component(path, "WebResource") is not XElement resource)
            {
                continue;
            }

            Expect(resource, path, LayoutPaths.WebResourceData(Text(resource, "Name")), "web resource " + Text(resource, "Name"));
            var content = path.Substring(0, path.Length - ".data.xml".Length);
            var entry = Text(resource, "FileName").TrimStart('/');
            if (!paths.Contains(content))
            {
                problems.Add(Problem(resource, path, "the web resource's content " + content + " is missing."));
            }
            else if (entry.Length == 0)
            {
                problems.Add(Problem(resource, path, "the web resource has no FileName (its entry in the zip)."));
            }
            else
            {
                placed.Add(content);
                entries[entry] = content;
            }

            CustomizationsBlocks.GetOrAdd(root, "WebResources").Add(resource);
        }
    }

    private void ReadEach(XElement root, string block, string rootName, Func<string, bool> belongs, Func<XElement, string> pathOf)
    {
        foreach (var path in ordered.Where(belongs))
        {
            if (Component(path, rootName) is XElement component)
            {
                Expect(component, path, pathOf(component), rootName);
                CustomizationsBlocks.GetOrAdd(root, block).Add(component);
            }
        }
    }

    private IEnumerable<XElement> Wrapped(string path, string wrapper, string itemName, string what)
    {
        if (Component(path, wrapper) is not XElement file)
        {
            yield break;
        }

        var items = file.Elements(itemName).ToList();
        if (items.Count != 1)
        {
            problems.Add(Problem(file, path, "it holds " + items.Count + " " + itemName + " elements; one file holds one " + what + "."));
        }

        foreach (var item in items)
        {
            item.Remove();
            SourceLocation.Mark(item, path);
            yield return item;
        }
    }

    private XDocument? Document(string path)
    {
        if (!paths.Contains(path))
        {
            problems.Add(new LayoutProblem(path, 0, "it is missing from " + files.Origin + "."));
            return null;
        }

        placed.Add(path);
        var document = LayoutXml.Load(files, path, problems);
        if (document?.Root == null || document.Root.Name.LocalName != "ImportExportXml")
        {
            if (document?.Root != null)
            {
                problems.Add(Problem(document.Root, path, "its root element is <" + document.Root.Name.LocalName + ">, not <ImportExportXml>."));
            }

            return null;
        }

        SourceLocation.Mark(document.Root, path);
        return document;
    }

    private XElement? Component(string path, string rootName)
    {
        placed.Add(path);
        var root = LayoutXml.Load(files, path, problems)?.Root;
        if (root == null)
        {
            return null;
        }

        if (root.Name.LocalName != rootName)
        {
            problems.Add(Problem(root, path, "its root element is <" + root.Name.LocalName + ">; this file holds a <" + rootName + ">."));
            return null;
        }

        root.Remove();
        root.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        SourceLocation.Mark(root, path);
        return root;
    }

    private void Expect(XElement component, string path, string expected, string what)
    {
        if (!string.Equals(path, expected, StringComparison.Ordinal))
        {
            problems.Add(Problem(component, path, "it holds " + what + ", which the layout keeps in " + expected + "; rename the file (or fix the name in it)."));
        }
    }

    private static XElement Part(XElement entity, string name)
    {
        if (entity.Element(name) is XElement existing)
        {
            return existing;
        }

        var rank = Array.IndexOf(EntityParts, name);
        var before = entity.Elements().LastOrDefault(e => Array.IndexOf(EntityParts, e.Name.LocalName) is var r && r >= 0 && r < rank);
        var part = new XElement(name);
        if (before != null)
        {
            before.AddAfterSelf(part);
        }
        else
        {
            entity.AddFirst(part);
        }

        return part;
    }

    private IEnumerable<string> Under(string folder, int depth) => ordered.Where(p =>
        p.StartsWith(folder, StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal) && p.Substring(folder.Length).Count(c => c == '/') == depth);

    private static bool Single(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal) && path.IndexOf('/', folder.Length) < 0;

    private static bool Named(string path, string folder, string file) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.EndsWith("/" + file, StringComparison.Ordinal) && path.Substring(folder.Length).Count(c => c == '/') == 1;

    private static bool IsDocumentation(string path) => path.IndexOf('/') < 0 && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path == ".gitattributes");

    private static string OwnerOf(XElement relationship) => Text(relationship, Text(relationship, "EntityRelationshipType") == "ManyToMany" ? "FirstEntityName" : "ReferencedEntityName");

    private static LayoutProblem Problem(XElement at, string path, string problem) =>
        new LayoutProblem(path, at is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0, problem);

    private static XElement Added(XElement parent, XElement child)
    {
        parent.Add(child);
        return child;
    }

    private static string Text(XElement element, string name) => element.Element(name)?.Value.Trim() ?? "";

    private static string Attribute(XElement element, string name) => element.Attribute(name)?.Value.Trim() ?? "";
}
