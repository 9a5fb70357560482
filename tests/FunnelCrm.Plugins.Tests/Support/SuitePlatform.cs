using System.Linq;
using System.Reflection;
using FunnelCrm.Emulator;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// The platform variants the plugin and workflow suites run under: the test assembly's EmulatorPlatform metadata
/// (the MSBuild property of the same name, set by the projects under tests/FunnelCrm.Suites.Platform, or on the
/// command line: <c>dotnet test tests/FunnelCrm.Plugins.Tests -p:EmulatorPlatform="Merge=ThroughUpdate"</c>), else the
/// emulator's defaults.
/// </summary>
internal static class SuitePlatform
{
    public const string MetadataKey = "EmulatorPlatform";

    public static PlatformBehaviour Current { get; } = PlatformBehaviour.Parse(
        typeof(SuitePlatform).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == MetadataKey)?.Value);

    /// <summary>A new organization under the suite's platform variants.</summary>
    public static Organization NewOrganization(EmulatorClock clock) => new(clock) { Platform = Current };
}
