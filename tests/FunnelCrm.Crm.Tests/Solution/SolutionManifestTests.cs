using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Crm.Tests.Solution;

public class SolutionManifestTests
{
    private static XElement Manifest => SolutionFiles.Manifest.Root!.Element("SolutionManifest")!;

    private static string[] RootIds(string type) => Manifest.Descendants("RootComponent")
        .Where(r => (string?)r.Attribute("type") == type).Select(r => (string?)r.Attribute("id") ?? (string)r.Attribute("schemaName")!).OrderBy(x => x).ToArray();

    [Fact]
    public void Manifest_Publisher_IsFunnelCrmWithItsPrefixes()
    {
        var publisher = Manifest.Element("Publisher")!;

        Assert.Equal("FunnelCrm", Manifest.Element("UniqueName")!.Value);
        Assert.Equal("0", Manifest.Element("Managed")!.Value);
        Assert.Equal("funnelcrm", publisher.Element("UniqueName")!.Value);
        Assert.Equal("fcm", publisher.Element("CustomizationPrefix")!.Value);
        Assert.Equal("74210", publisher.Element("CustomizationOptionValuePrefix")!.Value);
    }

    [Fact]
    public void RootTables_AndTheTablesInCustomizations_AreTheSame()
    {
        var defined = SolutionFiles.Customizations.Root!.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant()).OrderBy(x => x);

        Assert.Equal(defined, RootIds("1"));
    }

    [Fact]
    public void RootChoicesRolesAndSystemForms_AndTheirDefinitions_AreTheSame()
    {
        var root = SolutionFiles.Customizations.Root!;
        var choices = root.Element("optionsets")!.Elements("optionset").Select(o => (string)o.Attribute("Name")!).OrderBy(x => x);
        var roles = root.Element("Roles")!.Elements("Role").Select(r => (string)r.Attribute("id")!).OrderBy(x => x);
        var systemForms = root.Element("Dashboards")!.Elements("Dashboard").Select(d => d.Element("FormId")!.Value)
            .Concat(SolutionFiles.Table(Tables.Lead)!.Descendants("formid").Select(f => f.Value)).OrderBy(x => x);

        Assert.Equal(choices, RootIds("9"));
        Assert.Equal(roles, RootIds("20"));
        Assert.Equal(systemForms, RootIds("60"));
    }

    [Fact]
    public void MissingDependencies_StateTheDynamics365SalesTables()
    {
        var required = Manifest.Element("MissingDependencies")!.Descendants("Required").Select(r => (string)r.Attribute("schemaName")!).ToList();

        Assert.Equal(new[] { Tables.Lead, Tables.Opportunity, Tables.CampaignResponse, Tables.OpportunityClose }.OrderBy(t => t), required.OrderBy(t => t));
    }

    [Fact]
    public void MissingDependencies_NameTheOwningSalesSolutionsWithTheirVersions()
    {
        var owners = Manifest.Element("MissingDependencies")!.Descendants("Required").ToDictionary(r => (string)r.Attribute("schemaName")!, r => (string)r.Attribute("solution")!);

        Assert.StartsWith("msdynce_LeadManagement (", owners[Tables.Lead], System.StringComparison.Ordinal);
        Assert.StartsWith("msdynce_Sales (", owners[Tables.Opportunity], System.StringComparison.Ordinal);
        Assert.StartsWith("msdynce_Sales (", owners[Tables.OpportunityClose], System.StringComparison.Ordinal);
        Assert.All(owners.Values, o => Assert.Matches(@"^msdynce_\w+ \(\d+(\.\d+){3}\)$", o));
    }
}
