using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Packaging.Checks;

/// <summary>Every FileName / XamlFileName of customizations.xml names an entry of the zip.</summary>
public static class FileCheck
{
    /// <summary>The file failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var entries = new HashSet<string>(package.Entries, StringComparer.Ordinal);
        foreach (var reference in package.Customizations.Descendants().Where(e => e.Name.LocalName is "FileName" or "XamlFileName"))
        {
            var entry = reference.Value.Trim().TrimStart('/');
            if (!entries.Contains(entry))
            {
                yield return new PackFailure(ComponentNames.Describe(reference), "its " + reference.Name.LocalName + " '" + reference.Value.Trim() + "' is not a file in the zip.");
            }
        }
    }
}
