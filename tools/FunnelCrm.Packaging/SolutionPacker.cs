using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace FunnelCrm.Packaging;

/// <summary>
/// <c>funnelcrm pack</c>: checks everything (see <see cref="SolutionVerifier"/>) and only then writes
/// <c>&lt;UniqueName&gt;_&lt;version with underscores&gt;[_managed].zip</c>: the three root files, the plugin assemblies under
/// PluginAssemblies/, forward-slash entries, no directory entries, deflate. A refused pack writes nothing.
/// </summary>
public static class SolutionPacker
{
    /// <summary>Packs, or returns every failure.</summary>
    public static PackResult Pack(PackOptions options)
    {
        var (package, files, failures) = PackageBuilder.Build(options);
        if (package == null || failures.Count > 0)
        {
            return new PackResult(null, failures);
        }

        var manifest = package.Manifest;
        var name = (manifest.Element("UniqueName")?.Value ?? "Solution") + "_" + (manifest.Element("Version")?.Value ?? "1.0.0.0").Replace('.', '_') + (options.Managed ? "_managed" : "") + ".zip";
        Directory.CreateDirectory(options.OutputDirectory);
        var zipPath = Path.GetFullPath(Path.Combine(options.OutputDirectory, name));
        Write(zipPath, package.Solution, package.Customizations, files);
        return new PackResult(zipPath, Array.Empty<PackFailure>());
    }

    private static void Write(string zipPath, XDocument solution, XDocument customizations, IReadOnlyDictionary<string, string> files)
    {
        var temporary = zipPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                Text(zip, "solution.xml", solution);
                Text(zip, "customizations.xml", customizations);
                foreach (var (entry, path) in files)
                {
                    if (entry is not ("solution.xml" or "customizations.xml"))
                    {
                        zip.CreateEntryFromFile(path, entry, CompressionLevel.Optimal);
                    }
                }
            }

            File.Move(temporary, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void Text(ZipArchive zip, string entryName, XDocument document)
    {
        var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(document.Root!.ToString(SaveOptions.None));
    }
}
