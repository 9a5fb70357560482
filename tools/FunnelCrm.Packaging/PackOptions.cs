using System;
using System.Collections.Generic;

namespace FunnelCrm.Packaging;

/// <summary>What to pack (or verify): the solution folder, Microsoft's schemas, the built deployables, where to write.</summary>
public sealed class PackOptions
{
    /// <summary>Options for a pack.</summary>
    public PackOptions(string solutionDirectory, string? schemaDirectory, IReadOnlyList<string> assemblyPaths)
    {
        SolutionDirectory = solutionDirectory;
        SchemaDirectory = schemaDirectory;
        AssemblyPaths = assemblyPaths;
    }

    /// <summary>Solution/: the unpacked layout (Other/Solution.xml, Other/Customizations.xml, Entities/..., one file per component; README.md is not packed).</summary>
    public string SolutionDirectory { get; }

    /// <summary>
    /// A folder of Microsoft's customization schemas (CustomizationsSolution.xsd and its siblings) to check against, or null
    /// for the 9.0.0.2090 set embedded in the packer.
    /// </summary>
    public string? SchemaDirectory { get; }

    /// <summary>The built net462 deployables (FunnelCrm.Plugins.dll, FunnelCrm.Workflows.dll).</summary>
    public IReadOnlyList<string> AssemblyPaths { get; }

    /// <summary>Where the zip goes (default: the current folder).</summary>
    public string OutputDirectory { get; set; } = ".";

    /// <summary>The managed package (Managed=1) instead of the unmanaged one.</summary>
    public bool Managed { get; set; }

    /// <summary>The solution version to write; null keeps solution.xml's.</summary>
    public Version? Version { get; set; }
}
