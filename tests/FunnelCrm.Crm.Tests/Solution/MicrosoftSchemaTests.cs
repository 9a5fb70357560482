using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Crm.Tests.Solution;

public class MicrosoftSchemaTests
{
    [Fact]
    public void Customizations_AgainstCustomizationsSolutionXsdLookingPastNewer92Elements_HasNoErrors()
    {
        var customizations = new XDocument(SolutionFiles.Customizations);
        using var newer = NewerThanSchema.Detach(customizations);

        var errors = XsdValidator.Validate(customizations, "CustomizationsSolution.xsd");

        Assert.Empty(errors);
    }

    [Fact]
    public void ViewAndChartFetchXml_AgainstFetchXsd_HasNoErrors()
    {
        var fetches = SolutionFiles.Customizations.Descendants("fetch").ToList();

        var errors = fetches.SelectMany(f => XsdValidator.Validate(f, "Fetch.xsd")).ToList();

        Assert.True(fetches.Count > 40, $"only {fetches.Count} fetch elements found");
        Assert.Empty(errors);
    }

    [Fact]
    public void ChartDataDescriptions_AgainstVisualizationDataDescriptionXsd_HaveNoErrors()
    {
        var definitions = SolutionFiles.Customizations.Descendants("datadefinition").ToList();

        var errors = definitions.SelectMany(d => XsdValidator.Validate(d, "VisualizationDataDescription.xsd")).ToList();

        Assert.NotEmpty(definitions);
        Assert.Empty(errors);
    }

    [Fact]
    public void FormsAndDashboards_AgainstFormXmlXsd_HaveNoErrors()
    {
        var forms = SolutionFiles.Customizations.Descendants("form").ToList();

        var errors = forms.SelectMany(f => XsdValidator.Validate(f, "FormXml.xsd")).ToList();

        Assert.NotEmpty(forms);
        Assert.Empty(errors);
    }

    [Fact]
    public void AppSiteMap_AgainstSiteMapXsd_HasNoErrors()
    {
        var siteMaps = SolutionFiles.Customizations.Descendants("SiteMap").ToList();

        var errors = siteMaps.SelectMany(s => XsdValidator.Validate(s, "SiteMap.xsd")).ToList();

        Assert.Single(siteMaps);
        Assert.Empty(errors);
    }

    [Fact]
    public void XsdValidator_CustomizationsWithAnUnknownElement_ReportsTheError()
    {
        var broken = new XDocument(SolutionFiles.Customizations);
        broken.Root!.Element("Entities")!.Element("Entity")!.Element("EntityInfo")!.Element("entity")!.Add(new XElement("AutoNumberFormat"));

        var errors = XsdValidator.Validate(broken, "CustomizationsSolution.xsd");

        Assert.Contains(errors, e => e.Contains("AutoNumberFormat"));
    }
}
