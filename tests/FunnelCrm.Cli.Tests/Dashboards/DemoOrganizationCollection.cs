namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>The test classes that share one <see cref="DemoOrganization"/> (the demo runs once for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class DemoOrganizationCollection : ICollectionFixture<DemoOrganization>
{
    public const string Name = "Demo organization";
}
