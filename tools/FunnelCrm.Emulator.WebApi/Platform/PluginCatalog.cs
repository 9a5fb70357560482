using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The plug-in classes the host can run when a step is registered over HTTP or by a solution import. Dataverse loads
/// the assembly a solution carries into its sandbox; the emulator runs .NET 10 builds it was started with instead,
/// matched by the assembly's name and public key token and the class's full name.
/// </summary>
public sealed class PluginCatalog
{
    private readonly Dictionary<string, Type> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Assembly> assemblies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A catalog of the plug-in and workflow activity classes of <paramref name="runnable"/>.</summary>
    public PluginCatalog(IEnumerable<Assembly> runnable)
    {
        foreach (var assembly in runnable.Distinct())
        {
            assemblies[assembly.GetName().Name ?? ""] = assembly;
            foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IPlugin).IsAssignableFrom(t)))
            {
                types[type.FullName!] = type;
            }
        }
    }

    /// <summary>The names of the assemblies it runs.</summary>
    public IEnumerable<string> AssemblyNames => assemblies.Keys.OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>The plug-in class of a type name, or null.</summary>
    public Type? Find(string typeName) => types.TryGetValue(typeName, out var type) ? type : null;

    /// <summary>Whether the catalog runs the assembly a solution names by its full name (name, version, culture, public key token).</summary>
    public bool Runs(string assemblyFullName)
    {
        var wanted = new AssemblyName(assemblyFullName);
        return assemblies.TryGetValue(wanted.Name ?? "", out var assembly)
            && Token(assembly.GetName()) == Token(wanted);
    }

    private static string Token(AssemblyName name) => Convert.ToHexString(name.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant();
}
