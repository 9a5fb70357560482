using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FunnelCrm.Packaging.Assemblies;

namespace FunnelCrm.Cli.Org.Deploy;

/// <summary>The steps (with their plugin class and images) declared in the plugin assemblies a solution zip carries.</summary>
public static class DeclaredRegistrations
{
    /// <summary>Every declared step of the zip's assemblies with its class and images.</summary>
    public static IReadOnlyList<(RegistrableType Type, DeclaredStep Step, IReadOnlyList<DeclaredImage> Images)> Read(byte[] zip)
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-deploy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var steps = new List<(RegistrableType, DeclaredStep, IReadOnlyList<DeclaredImage>)>();
            foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("PluginAssemblies/", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                var path = Path.Combine(folder, entry.Name);
                entry.ExtractToFile(path, overwrite: true);
                foreach (var type in DeployableAssembly.Read(path).Types)
                {
                    steps.AddRange(type.Steps.Select(step => (type, step, (IReadOnlyList<DeclaredImage>)type.Images.Where(i => Packaging.Registrations.RegistrationXml.SameId(i.StepId, step.Id)).ToList())));
                }
            }
            return steps;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
