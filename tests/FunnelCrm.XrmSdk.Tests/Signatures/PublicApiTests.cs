using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FunnelCrm.XrmSdk.Tests.Signatures;

/// <summary>
/// The layer's public API, read from the built assemblies' metadata, against Signatures/expected-api.txt (read from the official
/// binaries). Offline mode: both directions, for the net10.0 builds and the net462 builds. Official mode (-p:XrmSdk=Official):
/// Microsoft.Xrm.Sdk and Microsoft.Crm.Sdk.Proxy in the output are Microsoft's, so the test checks that every listed element
/// exists in them (they have far more); Microsoft.Xrm.Sdk.Workflow and System.Activities stay ours on net10.0 and are compared exactly.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] OfficialInOfficialMode = { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };

    public static TheoryData<string, string> Assemblies()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow", "System.Activities" })
        {
            data.Add(name, "net10.0");
            if (name != "System.Activities")
            {
                data.Add(name, "net462");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void XrmLayer_PublicApi_MatchesOfficialSignatures(string assemblyName, string targetFramework)
    {
        var path = AssemblyPath(assemblyName, targetFramework);
        if (path == null)
        {
            Assert.True(BuildInfo.IsOfficial, "The offline layer's " + targetFramework + " build of " + assemblyName + " was not found.");
            return;
        }

        var expected = ExpectedLines(assemblyName);
        var actual = ApiSurfaceReader.Read(path);

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = IsOfficialBinary(assemblyName) ? new List<string>() : actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            path + Environment.NewLine
            + "Listed but missing:" + Environment.NewLine + string.Join(Environment.NewLine, missing) + Environment.NewLine
            + "Exposed but not listed:" + Environment.NewLine + string.Join(Environment.NewLine, extra));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void XrmLayer_AssemblyIdentity_IsTheOfficialOne(string assemblyName, string targetFramework)
    {
        var path = AssemblyPath(assemblyName, targetFramework);
        if (path == null)
        {
            Assert.True(BuildInfo.IsOfficial, "The offline layer's " + targetFramework + " build of " + assemblyName + " was not found.");
            return;
        }

        var identity = ApiSurfaceReader.ReadIdentity(path);

        Assert.Equal(assemblyName, identity.Name);
        Assert.Equal(assemblyName == "System.Activities" ? new Version(4, 0, 0, 0) : new Version(9, 0, 0, 0), identity.Version);
        Assert.Equal(string.Empty, identity.CultureName);
        Assert.Equal("31bf3856ad364e35", Convert.ToHexString(identity.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant());
    }

    private static bool IsOfficialBinary(string assemblyName) => BuildInfo.IsOfficial && OfficialInOfficialMode.Contains(assemblyName);

    private static string? AssemblyPath(string assemblyName, string targetFramework)
    {
        var path = targetFramework == "net10.0"
            ? Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll")
            : Path.Combine(BuildInfo.RepositoryRoot, "tools", "Xrm", assemblyName, "bin", BuildInfo.Configuration, targetFramework, assemblyName + ".dll");
        return File.Exists(path) ? path : null;
    }

    private static List<string> ExpectedLines(string assemblyName)
    {
        var prefix = assemblyName + " | ";
        return File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Signatures", "expected-api.txt"))
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Select(line => line.Substring(prefix.Length))
            .ToList();
    }
}
