using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;

namespace FunnelCrm.Packaging;

/// <summary>
/// Packs <c>Solution/</c> and the built deployables into the unmanaged solution zip: generates the plugin assembly,
/// plugin type, workflow activity and step registrations from the declarations in code, adds their root components,
/// checks everything and only then writes the zip (through a temporary file). Any problem refuses the whole pack,
/// naming the component.
/// </summary>
public static class SolutionPacker
{
    /// <summary>Packs and returns the zip's path.</summary>
    public static string Pack(string solutionDirectory, string schemaDirectory, IReadOnlyList<Deployable> deployables, Version version, string outputPath)
    {
        var (solution, customizations, dlls) = Build(solutionDirectory, schemaDirectory, deployables, version);
        var temporary = outputPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                Add(zip, "solution.xml", SchemaValidator.Text(solution));
                Add(zip, "customizations.xml", SchemaValidator.Text(customizations));
                zip.CreateEntryFromFile(Path.Combine(solutionDirectory, "[Content_Types].xml"), "[Content_Types].xml", CompressionLevel.Optimal);
                foreach (var (entry, path) in dlls)
                {
                    zip.CreateEntryFromFile(path, entry, CompressionLevel.Optimal);
                }
            }

            File.Move(temporary, outputPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return outputPath;
    }

    /// <summary>The solution.xml and customizations.xml the zip will carry, and its DLL entries; refuses on any problem.</summary>
    public static (XDocument Solution, XDocument Customizations, IReadOnlyList<(string Entry, string Path)> Dlls) Build(
        string solutionDirectory, string schemaDirectory, IReadOnlyList<Deployable> deployables, Version version)
    {
        var solution = XDocument.Load(Path.Combine(solutionDirectory, "solution.xml"));
        var customizations = XDocument.Load(Path.Combine(solutionDirectory, "customizations.xml"));
        var problems = new List<string>();
        var catalog = StandardTables.CreateCatalog();
        CustomizationsReader.Read(customizations, catalog, new RoleCatalog());
        var assemblies = customizations.Root!.Element("SolutionPluginAssemblies") ?? throw new PackagingException("customizations.xml has no SolutionPluginAssemblies element to fill.");
        var steps = customizations.Root!.Element("SdkMessageProcessingSteps") ?? throw new PackagingException("customizations.xml has no SdkMessageProcessingSteps element to fill.");
        var roots = solution.Root!.Element("SolutionManifest")!.Element("RootComponents")!;
        var dlls = new List<(string, string)>();
        foreach (var deployable in deployables)
        {
            var dll = DeployableAssembly.Read(deployable.Net462Path);
            var (types, declarationProblems) = DeclaredRegistrations.Read(deployable.Declarations);
            problems.AddRange(declarationProblems);
            if (types.Count == 0)
            {
                continue;
            }

            problems.AddRange(Check(dll, types, catalog));
            assemblies.Add(RegistrationXml.Assembly(dll, types));
            var generated = RegistrationXml.Steps(dll, types).ToList();
            steps.Add(generated);
            roots.Add(new XElement("RootComponent", new XAttribute("type", "91"), new XAttribute("schemaName", dll.FullName), new XAttribute("behavior", "0")));
            foreach (var step in generated)
            {
                roots.Add(new XElement("RootComponent", new XAttribute("type", "92"), new XAttribute("id", step.Attribute("SdkMessageProcessingStepId")!.Value), new XAttribute("behavior", "0")));
            }

            dlls.Add((RegistrationXml.Entry(dll), dll.Path));
        }

        solution.Root!.Element("SolutionManifest")!.Element("Version")!.Value = version.ToString();
        problems.AddRange(SchemaValidator.Validate(SchemaValidator.Text(customizations), schemaDirectory));
        if (problems.Count > 0)
        {
            throw new PackagingException(problems);
        }

        return (solution, customizations, dlls);
    }

    private static IEnumerable<string> Check(DeployableAssembly dll, IReadOnlyList<DeclaredType> types, MetadataCatalog catalog)
    {
        var classes = new HashSet<string>(dll.PublicClasses, StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!classes.Contains(type.Type.FullName!))
            {
                yield return type.Type.FullName + " is declared in code but missing from " + dll.Path + " (rebuild the net462 assembly).";
            }

            foreach (var step in type.Steps)
            {
                var name = type.Type.FullName + " step " + step.Message + " of " + step.Table;
                foreach (var rule in StepRules.Check(step, type.Images.Where(i => i.StepId == step.Id)))
                {
                    yield return name + ": " + rule;
                }

                var table = catalog.FindTable(step.Table);
                if (table == null)
                {
                    yield return name + ": the table '" + step.Table + "' is neither in the solution nor a standard table.";
                    continue;
                }

                foreach (var column in step.FilteringAttributes.Concat(type.Images.Where(i => i.StepId == step.Id).SelectMany(i => i.Attributes)))
                {
                    if (table.FindColumn(column) == null)
                    {
                        yield return name + ": the column '" + column + "' does not exist on " + step.Table + ".";
                    }
                }
            }
        }
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
