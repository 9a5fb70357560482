using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;

namespace FunnelCrm.Plugins.Tests.Registration;

/// <summary>The plugin and workflow suites run under every value of every platform variant, and every pair of values.</summary>
public class PlatformMatrixTests
{
    private static PlatformBehaviour[] Rows() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "FunnelCrm.Suites.Platform"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => PlatformBehaviour.Parse(XDocument.Load(path).Descendants("EmulatorPlatform").Single().Value))
            .Append(PlatformBehaviour.Default)
            .ToArray();

    [Fact]
    public void Matrix_SuiteProjects_CoverEveryPairOfValuesOfEveryTwoVariants()
    {
        var rows = Rows();
        var all = PlatformBehaviour.AllValues;

        var missing = all.SelectMany(a => all.Where(b => string.CompareOrdinal(a.Variant, b.Variant) < 0).Select(b => (a, b)))
            .Where(pair => !rows.Any(r => r.Values.Contains(pair.a) && r.Values.Contains(pair.b)))
            .Select(pair => pair.a.Variant + "=" + pair.a.Value + " with " + pair.b.Variant + "=" + pair.b.Value)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Matrix_ThisSuitesOrganizations_RunUnderTheAssemblysPlatform()
    {
        Assert.Equal(SuitePlatform.Current, new FunnelOrganization().Organization.Platform);
    }
}
