using System.Collections.Generic;
using System.Xml.Linq;

namespace FunnelCrm.Packaging.Registrations;

/// <summary>What the packer generates from the built assemblies: the XML blocks, the root components and the DLL entries.</summary>
public sealed class GeneratedRegistrations
{
    /// <summary>The PluginAssembly elements (for SolutionPluginAssemblies).</summary>
    public List<XElement> Assemblies { get; } = new List<XElement>();

    /// <summary>The SdkMessageProcessingStep elements (for SdkMessageProcessingSteps).</summary>
    public List<XElement> Steps { get; } = new List<XElement>();

    /// <summary>The RootComponent elements for the assemblies (type 91) and steps (type 92).</summary>
    public List<XElement> RootComponents { get; } = new List<XElement>();

    /// <summary>Zip entry name to a generated document (the custom API files).</summary>
    public Dictionary<string, XElement> Documents { get; } = new Dictionary<string, XElement>();

    /// <summary>Zip entry name (forward slashes, no leading slash) to the DLL on disk.</summary>
    public Dictionary<string, string> Files { get; } = new Dictionary<string, string>();
}
