using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// The zip's files: the three root files are there, every FileName / XamlFileName names a zip entry, and every entry's
/// extension (or the entry itself) is declared in [Content_Types].xml.
/// </summary>
public static class FileCheck
{
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The file failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var entries = new HashSet<string>(package.Entries, StringComparer.Ordinal);
        foreach (var root in new[] { "solution.xml", "customizations.xml", "[Content_Types].xml" }.Where(r => !entries.Contains(r)))
        {
            yield return new PackFailure("zip", "the root file " + root + " is missing.");
        }

        foreach (var reference in package.Customizations.Descendants().Where(e => e.Name.LocalName is "FileName" or "XamlFileName"))
        {
            var entry = reference.Value.Trim().TrimStart('/');
            if (!entries.Contains(entry))
            {
                yield return new PackFailure(ComponentNames.Describe(reference), "its " + reference.Name.LocalName + " '" + reference.Value.Trim() + "' is not a file in the zip.");
            }
        }

        var types = package.ContentTypes.Root;
        var extensions = new HashSet<string>(types?.Elements(ContentTypes + "Default").Select(d => (d.Attribute("Extension")?.Value ?? "").ToLowerInvariant()) ?? Enumerable.Empty<string>());
        var overrides = new HashSet<string>(types?.Elements(ContentTypes + "Override").Select(o => (o.Attribute("PartName")?.Value ?? "").TrimStart('/')) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e != "[Content_Types].xml"))
        {
            var dot = entry.LastIndexOf('.');
            var extension = dot > entry.LastIndexOf('/') ? entry.Substring(dot + 1).ToLowerInvariant() : "";
            if (!extensions.Contains(extension) && !overrides.Contains(entry))
            {
                yield return new PackFailure("zip entry " + entry, "[Content_Types].xml declares no content type for it (add a Default for '" + extension + "' or an Override).");
            }
        }
    }
}
