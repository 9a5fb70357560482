using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging;

/// <summary>
/// <c>funnelcrm pack</c>: checks everything (see <see cref="SolutionVerifier"/>) and only then writes
/// <c>&lt;UniqueName&gt;_&lt;version with underscores&gt;[_managed].zip</c> in the order exports use: customizations.xml,
/// [Content_Types].xml, solution.xml, then the component files (plugin assemblies, web resource contents, custom APIs);
/// forward-slash entries, no directory entries, deflate. A refused pack writes nothing.
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
        var contents = new Dictionary<string, Func<Stream>>(StringComparer.Ordinal)
        {
            ["customizations.xml"] = () => new MemoryStream(LayoutXml.ZipBytes(package.Customizations)),
            ["[Content_Types].xml"] = () => new MemoryStream(ZipContentTypes.Bytes(package.ContentTypes)),
            ["solution.xml"] = () => new MemoryStream(LayoutXml.ZipBytes(package.Solution)),
        };
        foreach (var (entry, open) in files)
        {
            contents[entry] = open;
        }

        Write(zipPath, package.Entries.Select(e => (e, contents[e])));
        return new PackResult(zipPath, Array.Empty<PackFailure>());
    }

    private static void Write(string zipPath, IEnumerable<(string Entry, Func<Stream> Open)> entries)
    {
        var temporary = zipPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                foreach (var (entry, open) in entries)
                {
                    using var source = open();
                    using var target = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
                    source.CopyTo(target);
                }
            }

            File.Move(temporary, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
