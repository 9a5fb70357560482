using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Checks;
using FunnelCrm.Packaging.Registrations;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging;

/// <summary>
/// Assembles the package in memory: reads the unpacked layout (see <see cref="UnpackedSolution"/>) and the built
/// assemblies, generates the registrations into customizations.xml and their root components into solution.xml
/// (reporting any hand-written registration that disagrees with the declarations), applies the managed shape, writes
/// [Content_Types].xml for the entries, and runs every check.
/// </summary>
internal static class PackageBuilder
{
    public static (SolutionPackage? Package, Dictionary<string, Func<Stream>> Files, List<PackFailure> Failures) Build(PackOptions options)
    {
        var source = UnpackedSolution.Read(options.SolutionDirectory);
        var failures = source.Problems.Select(p => new PackFailure(p.Where, p.Problem)).ToList();
        var assemblies = options.AssemblyPaths.Select(p => Read(p, failures)).OfType<DeployableAssembly>().ToList();
        var files = new Dictionary<string, Func<Stream>>(StringComparer.Ordinal);
        if (!source.IsAssembled || source.Manifest.Root!.Element("SolutionManifest") is not XElement manifest || assemblies.Count < options.AssemblyPaths.Count)
        {
            return (null, files, failures);
        }

        var customizations = source.Customizations;
        var generated = RegistrationXml.Generate(assemblies);
        failures.AddRange(Merge(customizations.Root!, "SolutionPluginAssemblies", "PluginAssembly", "FullName", generated.Assemblies));
        failures.AddRange(Merge(customizations.Root!, "SdkMessageProcessingSteps", "SdkMessageProcessingStep", "SdkMessageProcessingStepId", generated.Steps));
        var roots = manifest.Element("RootComponents") ?? AddRootComponents(manifest);
        foreach (var root in generated.RootComponents.Where(g => !roots.Elements("RootComponent").Any(r => SameRoot(r, g))))
        {
            roots.Add(root);
        }

        if (options.Version != null)
        {
            (manifest.Element("Version") ?? AddVersion(manifest)).Value = options.Version.ToString();
        }

        if (options.Managed)
        {
            ManagedShape.Apply(source.Manifest, customizations);
        }

        foreach (var (entry, path) in source.Entries)
        {
            files[entry] = () => source.Files.Open(path);
        }

        foreach (var (entry, path) in generated.Files)
        {
            files[entry] = () => File.OpenRead(path);
        }

        foreach (var (entry, root) in generated.Documents)
        {
            var bytes = LayoutXml.ZipBytes(new XDocument(root));
            files[entry] = () => new MemoryStream(bytes, writable: false);
        }

        var entries = new[] { "customizations.xml", "[Content_Types].xml", "solution.xml" }.Concat(files.Keys.OrderBy(e => e, LayoutPaths.Order)).ToList();
        var package = new SolutionPackage(source.Manifest, customizations, ZipContentTypes.For(entries), entries, assemblies) { CustomApis = generated.Documents };
        failures.AddRange(SchemaCheck.Check(package, options.SchemaDirectory));
        failures.AddRange(RibbonCheck.Check(package, options.SchemaDirectory));
        failures.AddRange(NamingCheck.Check(package));
        failures.AddRange(RootComponentCheck.Check(package));
        failures.AddRange(FileCheck.Check(package));
        failures.AddRange(ColumnCheck.Check(package));
        failures.AddRange(FieldSecurityCheck.Check(package));
        failures.AddRange(RegistrationCheck.Check(package));
        failures.AddRange(CustomApiCheck.Check(package));
        failures.AddRange(AppCheck.Check(package));
        failures.AddRange(DuplicateCheck.Check(package));
        return (package, files, failures);
    }

    private static DeployableAssembly? Read(string path, List<PackFailure> failures)
    {
        try
        {
            return DeployableAssembly.Read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            failures.Add(new PackFailure(Path.GetFileName(path), "the built assembly is missing (" + path + "); build the deployables first (dotnet build -c Release, or DeployableBuild.Run)."));
        }
        catch (BadImageFormatException e)
        {
            failures.Add(new PackFailure(Path.GetFileName(path), "it cannot be read as a .NET assembly: " + e.Message));
        }

        return null;
    }

    private static IEnumerable<PackFailure> Merge(XElement root, string blockName, string itemName, string keyAttribute, List<XElement> generated)
    {
        var failures = new List<PackFailure>();
        var block = CustomizationsBlocks.GetOrAdd(root, blockName);
        var byKey = generated.GroupBy(g => RootComponentCheck.Normalize(g.Attribute(keyAttribute)?.Value ?? "")).ToDictionary(g => g.Key, g => g.First());
        foreach (var existing in block.Elements(itemName))
        {
            var component = ComponentNames.Describe(existing);
            if (!byKey.TryGetValue(RootComponentCheck.Normalize(existing.Attribute(keyAttribute)?.Value ?? ""), out var expected))
            {
                failures.Add(new PackFailure(component, "no declaration in the built assemblies generates it; the packer generates registrations, so remove it or declare it in code."));
            }
            else if (!XNode.DeepEquals(Canonical(existing), Canonical(expected)))
            {
                failures.Add(new PackFailure(component, "it disagrees with what the declarations in the built assemblies generate; remove it and let the packer generate it."));
            }
        }

        block.RemoveNodes();
        block.Add(generated);
        return failures;
    }

    private static XElement Canonical(XElement element) => new XElement(element.Name,
        element.Attributes().OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).Select(a => new XAttribute(a.Name, a.Value.Trim())),
        element.HasElements ? element.Elements().Select(Canonical) : (object)element.Value.Trim());

    private static bool SameRoot(XElement existing, XElement generated)
    {
        var type = generated.Attribute("type")!.Value;
        var key = type == "91" ? "schemaName" : "id";
        return existing.Attribute("type")?.Value == type && RootComponentCheck.Normalize(existing.Attribute(key)?.Value ?? "") == RootComponentCheck.Normalize(generated.Attribute(key)!.Value);
    }

    private static XElement AddRootComponents(XElement manifest)
    {
        var roots = new XElement("RootComponents");
        manifest.Add(roots);
        return roots;
    }

    private static XElement AddVersion(XElement manifest)
    {
        var version = new XElement("Version");
        manifest.Add(version);
        return version;
    }
}
