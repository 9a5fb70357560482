using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FunnelCrm.Deployment.Tests;

/// <summary>
/// What Dataverse demands of the net462 assemblies we register: strong-named, version 1.0.x.x, and referencing nothing
/// but the Xrm SDK (9.0.0.0, Microsoft's key), System.Activities and .NET Framework assemblies.
/// </summary>
public sealed class DeployableAssemblyTests
{
    private const string MicrosoftToken = "31bf3856ad364e35";

    private static readonly string[] XrmAssemblies = { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" };

    public static TheoryData<string> Deployables() => new() { "Plugins/FunnelCrm.Plugins", "Workflows/FunnelCrm.Workflows" };

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Deployable_Net462Build_IsStrongNamed(string project)
    {
        using var assembly = Open(project);

        var definition = assembly.Metadata.GetAssemblyDefinition();

        Assert.False(definition.PublicKey.IsNil, project + " has no public key.");
        Assert.True((assembly.Pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0, project + " is not strong-name signed.");
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Deployable_AssemblyVersion_KeepsMajorMinorOnePointZero(string project)
    {
        using var assembly = Open(project);

        var version = assembly.Metadata.GetAssemblyDefinition().Version;

        Assert.Equal("1.0", version.Major + "." + version.Minor);
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Deployable_References_OnlyXrmSdkActivitiesAndFramework(string project)
    {
        using var assembly = Open(project);

        var references = References(assembly.Metadata);
        var foreign = references.Where(r => !IsAllowed(r.Name!)).Select(r => r.FullName).ToList();

        Assert.True(foreign.Count == 0, project + " references assemblies Dataverse does not provide: " + string.Join("; ", foreign));
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Deployable_XrmReferences_AreVersion9WithMicrosoftKey(string project)
    {
        using var assembly = Open(project);

        var wrong = References(assembly.Metadata)
            .Where(r => XrmAssemblies.Contains(r.Name))
            .Where(r => r.Version != new Version(9, 0, 0, 0) || Token(r) != MicrosoftToken)
            .Select(r => r.FullName)
            .ToList();

        Assert.True(wrong.Count == 0, project + " references the Xrm SDK with the wrong identity: " + string.Join("; ", wrong));
    }

    private static bool IsAllowed(string name) =>
        XrmAssemblies.Contains(name)
        || name == "System.Activities"
        || name == "mscorlib"
        || name == "System"
        || name.StartsWith("System.", StringComparison.Ordinal);

    private static string Token(AssemblyName name) =>
        Convert.ToHexString(name.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant();

    private static List<AssemblyName> References(MetadataReader metadata) =>
        metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h).GetAssemblyName()).ToList();

    private static BuiltAssembly Open(string project)
    {
        var name = Path.GetFileName(project);
        var path = Path.Combine(RepositoryRoot(), project, "bin", Configuration(), "net462", name + ".dll");
        Assert.True(File.Exists(path), "The net462 build of " + name + " is missing: " + path);
        return new BuiltAssembly(path);
    }

    private static string Configuration() =>
        typeof(DeployableAssemblyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FunnelCrm.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No FunnelCrm.sln above " + AppContext.BaseDirectory);
    }

    private sealed class BuiltAssembly : IDisposable
    {
        private readonly FileStream _stream;

        public BuiltAssembly(string path)
        {
            _stream = File.OpenRead(path);
            Pe = new PEReader(_stream);
            Metadata = Pe.GetMetadataReader();
        }

        public PEReader Pe { get; }

        public MetadataReader Metadata { get; }

        public void Dispose()
        {
            Pe.Dispose();
            _stream.Dispose();
        }
    }
}
