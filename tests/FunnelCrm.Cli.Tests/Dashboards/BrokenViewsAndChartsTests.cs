using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.SolutionLayout;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Tests.Dashboards;

/// <summary>
/// Every view and chart of Solution/, broken as a customizer could break it (a column the table does not have, an
/// operator FetchXML does not know, an aggregate function it does not know), is refused where the app runs it, with
/// Dataverse's fault code and words.
/// </summary>
public sealed class BrokenViewsAndChartsTests
{
    private static readonly EmbeddedFiles Layout = new(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/");
    private static readonly XDocument Customizations = UnpackedSolution.Load(Layout).Customizations;
    private static readonly Organization Organization = WithSolution();

    [Theory]
    [MemberData(nameof(SolutionQueries.Views), MemberType = typeof(SolutionQueries))]
    public void View_WithAColumnTheTableLacks_IsRefusedNamingTableAndColumn(string name, Guid id)
    {
        var view = Broken("savedquery", id, fetch => fetch.Descendants("attribute").First().SetAttributeValue("name", "fcm_nosuchcolumn")).View(id);

        var fault = Refused(name, () => RunView(view));

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'" + view.Table + "' entity doesn't contain attribute with Name = 'fcm_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Views), MemberType = typeof(SolutionQueries))]
    public void View_WithAnOperatorFetchXmlLacks_IsRefusedInDataversesWords(string name, Guid id)
    {
        var view = Broken("savedquery", id, fetch => fetch.Descendants("condition").First().SetAttributeValue("operator", "contains")).View(id);

        var fault = Refused(name, () => RunView(view));

        Assert.Equal(ErrorCodes.InvalidConditionOperator, fault.Detail.ErrorCode);
        Assert.Equal("Unknown Condition Operator: contains", fault.Message);
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Charts), MemberType = typeof(SolutionQueries))]
    public void Chart_GroupingByAColumnTheTableLacks_IsRefusedNamingTableAndColumn(string name, Guid id)
    {
        var chart = Broken("visualization", id, fetch => fetch.Descendants("attribute").First(a => (string?)a.Attribute("groupby") == "true").SetAttributeValue("name", "fcm_nosuchcolumn")).Chart(id);

        var fault = Refused(name, () => ChartRunner.Run(Organization, null, chart));

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'" + chart.Table + "' entity doesn't contain attribute with Name = 'fcm_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Charts), MemberType = typeof(SolutionQueries))]
    public void Chart_WithAnOperatorFetchXmlLacks_IsRefusedInDataversesWords(string name, Guid id)
    {
        var chart = Broken("visualization", id, fetch => fetch.Descendants("condition").First().SetAttributeValue("operator", "contains")).Chart(id);

        var fault = Refused(name, () => ChartRunner.Run(Organization, null, chart));

        Assert.Equal(ErrorCodes.InvalidConditionOperator, fault.Detail.ErrorCode);
        Assert.Equal("Unknown Condition Operator: contains", fault.Message);
    }

    [Theory]
    [MemberData(nameof(SolutionQueries.Charts), MemberType = typeof(SolutionQueries))]
    public void Chart_WithAnAggregateFetchXmlLacks_IsRefused(string name, Guid id)
    {
        var chart = Broken("visualization", id, fetch => fetch.Descendants("attribute").First(a => a.Attribute("aggregate") != null).SetAttributeValue("aggregate", "median")).Chart(id);

        var fault = Refused(name, () => ChartRunner.Run(Organization, null, chart));

        Assert.Equal(ErrorCodes.InvalidAggregate, fault.Detail.ErrorCode);
        Assert.Equal("An error occurred while processing Aggregates in Query", fault.Message);
    }

    private static void RunView(ViewDefinition view) => Organization.CreateService().RetrieveMultiple(new FetchExpression(view.FetchXml("a")));

    private static Organization WithSolution()
    {
        var organization = new Organization();
        organization.LoadSolutionSource(Layout);
        return organization;
    }

    private static OrganizationServiceFaultException Refused(string name, Action run)
    {
        try
        {
            run();
        }
        catch (OrganizationServiceFaultException fault)
        {
            return fault;
        }

        throw new Xunit.Sdk.XunitException(name + " ran although its FetchXML is broken.");
    }

    /// <summary>The solution with the fetch of one view (savedquery) or chart (visualization) changed by <paramref name="breakIt"/>.</summary>
    private static SolutionCharts Broken(string element, Guid id, Action<XElement> breakIt)
    {
        var copy = new XDocument(Customizations);
        var idElement = element == "savedquery" ? "savedqueryid" : "savedqueryvisualizationid";
        var component = copy.Descendants(element).Single(e => Guid.Parse(e.Element(idElement)!.Value) == id);
        breakIt(component.Descendants("fetch").Single());
        return SolutionCharts.Read(copy);
    }
}
