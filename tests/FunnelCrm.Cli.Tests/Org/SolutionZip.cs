using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Cli.Tests.Org;

/// <summary>
/// A solution zip as <c>funnelcrm pack</c> lays it out (solution.xml, customizations.xml with the generated assembly and
/// step registrations, the plugin DLL under PluginAssemblies/), built from the plugin assembly these tests run, without
/// the steps <paramref name="withoutSteps"/> names (what a solution file cannot carry).
/// </summary>
internal static class SolutionZip
{
    public static string Write(params string[] withoutSteps)
    {
        var configuration = typeof(SolutionZip).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var dll = DeployableAssembly.Read(Packaging.DeployableBuild.Locate(RepositoryPaths.Root, configuration)[0]);
        var generated = RegistrationXml.Generate(new[] { dll });
        var source = UnpackedSolution.Load(RepositoryPaths.Solution);
        var customizations = new XDocument(source.Customizations);
        customizations.Root!.Add(new XElement("SolutionPluginAssemblies", generated.Assemblies),
            new XElement("SdkMessageProcessingSteps", generated.Steps.Where(s => !withoutSteps.Any(id => RegistrationXml.SameId((string)s.Attribute("SdkMessageProcessingStepId")!, id)))));
        var path = Path.Combine(Path.GetTempPath(), "funnelcrm-zip-" + Guid.NewGuid().ToString("N") + ".zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "solution.xml", source.Manifest);
        Entry(zip, "customizations.xml", customizations);
        foreach (var (entry, file) in generated.Files)
        {
            zip.CreateEntryFromFile(file, entry);
        }
        return path;
    }

    private static void Entry(ZipArchive zip, string name, XDocument document)
    {
        using var stream = zip.CreateEntry(name).Open();
        document.Save(stream);
    }
}
