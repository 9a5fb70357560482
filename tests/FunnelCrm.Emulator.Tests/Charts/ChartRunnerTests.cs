using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Charts;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.Charts;

public class ChartRunnerTests
{
    private static readonly Guid BudgetByStage = new("8a6a2f1e-0000-4000-8000-000000000002");
    private static readonly Guid ActiveProjects = new("8a6a2f1e-0000-4000-8000-000000000001");
    private const int Qualify = 100000000;
    private const int Develop = 100000001;

    private readonly Organization organization = Fixture.NewOrganization(withSolution: true);
    private readonly XDocument customizations = XDocument.Load(Fixture.CustomizationsPath);

    public ChartRunnerTests()
    {
        var service = organization.CreateService();
        foreach (var (name, stage, budget, hours, start) in new (string, int?, decimal, int, DateTime)[]
        {
            ("Apollo", Qualify, 1000m, 8, new DateTime(2025, 11, 3, 0, 0, 0, DateTimeKind.Utc)),
            ("Boreas", Qualify, 500m, 2, new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc)),
            ("Ceres", Develop, 2000m, 6, new DateTime(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc)),
            ("Dione", null, 300m, 9, new DateTime(2026, 11, 5, 0, 0, 0, DateTimeKind.Utc)),
        })
        {
            var project = new Entity("demo_project") { ["demo_name"] = name, ["demo_budget"] = new Money(budget), ["demo_hours"] = hours, ["demo_startdate"] = start };
            if (stage.HasValue)
            {
                project["demo_stage"] = new OptionSetValue(stage.Value);
            }
            service.Create(project);
        }
    }

    [Fact]
    public void Run_SumPerChoice_GivesACategoryPerChoiceWithItsLabelAndTheSumAsItsValue()
    {
        var chart = SolutionCharts.Read(customizations).Chart(BudgetByStage);

        var data = ChartRunner.Run(organization, null, chart);

        Assert.Equal("Budget by Stage (Funnel)", data.Title);
        Assert.Equal("Stage", data.CategoryTitle);
        Assert.Equal("Sum of Budget", data.ValueTitle);
        Assert.Equal(new object?[] { Qualify, Develop, null }, data.Categories.Select(c => c.Value));
        Assert.Equal(new[] { "Qualify", "Develop", "(blank)" }, data.Categories.Select(c => c.Label));
        var series = Assert.Single(data.Series);
        Assert.Equal("Funnel", series.ChartType);
        Assert.Equal(new decimal?[] { 1500m, 2000m, 300m }, series.Values);
    }

    [Fact]
    public void Run_InGerman_LabelsChoicesMeasuresAndBlanksInGerman()
    {
        var chart = SolutionCharts.Read(customizations).Chart(BudgetByStage);

        var data = ChartRunner.Run(organization, null, chart, language: 1031);

        Assert.Equal(new[] { "Qualifizieren", "Entwickeln", "(leer)" }, data.Categories.Select(c => c.Label));
        Assert.Equal("Phase", data.CategoryTitle);
        Assert.Equal("Summe von Budget", data.ValueTitle);
    }

    [Fact]
    public void Run_UnderAView_CountsOnlyTheRowsOfTheView()
    {
        AddView(ActiveProjects, "<condition attribute='demo_hours' operator='ge' value='5' />");
        var solution = SolutionCharts.Read(customizations);

        var data = ChartRunner.Run(organization, null, solution.Chart(BudgetByStage), solution.View(ActiveProjects));

        Assert.Equal(new decimal?[] { 1000m, 2000m, 300m }, data.Series.Single().Values);
        Assert.Contains("<condition attribute=\"demo_hours\" operator=\"ge\" value=\"5\" />", data.FetchXml);
    }

    [Fact]
    public void Run_ComparisonChart_GivesOneSeriesPerValueOfItsSecondGrouping_InAscendingOrder()
    {
        var id = AddChart("Line", @"
            <attribute name='demo_startdate' groupby='true' dategrouping='month' alias='month' />
            <attribute name='demo_startdate' groupby='true' dategrouping='year' alias='year' />
            <attribute name='demo_projectid' aggregate='count' alias='projects' />
            <order alias='month' />", "month", "projects");

        var data = ChartRunner.Run(organization, null, SolutionCharts.Read(customizations).Chart(id));

        Assert.Equal(new[] { "January", "November" }, data.Categories.Select(c => c.Label));
        Assert.Equal(new[] { "2025", "2026" }, data.Series.Select(s => s.Label));
        Assert.Equal(new object?[] { 2025, 2026 }, data.Series.Select(s => s.GroupValue));
        Assert.Equal(new decimal?[] { null, 1m }, data.Series[0].Values);
        Assert.Equal(new decimal?[] { 2m, 1m }, data.Series[1].Values);
        Assert.Equal("Start Date (month)", data.CategoryTitle);
    }

    [Fact]
    public void Run_TwoMeasures_GivesOneSeriesPerMeasureWithItsChartType()
    {
        var id = AddChart("Column", @"
            <attribute name='demo_stage' groupby='true' alias='stage' />
            <attribute name='demo_budget' aggregate='max' alias='largest' />
            <attribute name='demo_hours' aggregate='avg' alias='hours' />", "stage", "largest", "hours");

        var data = ChartRunner.Run(organization, null, SolutionCharts.Read(customizations).Chart(id));

        Assert.Equal(new[] { "Maximum Budget", "Average Hours" }, data.Series.Select(s => s.Label));
        Assert.Equal(new decimal?[] { 1000m, 2000m, 300m }, data.Series[0].Values);
        Assert.Equal(new decimal?[] { 5m, 6m, 9m }, data.Series[1].Values);
        Assert.All(data.Series, s => Assert.Equal("Column", s.ChartType));
    }

    [Fact]
    public void Run_AsAUserWhoMayNotReadTheTable_IsRefusedAsRetrieveMultipleIs()
    {
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");

        var fault = Fixture.Fault(() => ChartRunner.Run(organization, rep, SolutionCharts.Read(customizations).Chart(BudgetByStage)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("prvReaddemo_project", fault.Message);
    }

    [Fact]
    public void Run_ChartWhoseFetchIsNotAnAggregate_IsRefusedNamingIt()
    {
        var id = AddChart("Column", "<attribute name='demo_budget' alias='budget' />", null, "budget", aggregate: false);

        var refusal = Assert.Throws<NotSupportedException>(() => ChartRunner.Run(organization, null, SolutionCharts.Read(customizations).Chart(id)));

        Assert.Contains("not an aggregate query", refusal.Message);
    }

    [Fact]
    public void Read_Dashboard_ListsItsCellsWithTheirViewChartAndMode()
    {
        var dashboard = Assert.Single(SolutionCharts.Read(customizations).Dashboards);

        var cell = Assert.Single(dashboard.Cells);

        Assert.Equal("Project Overview", dashboard.Name.In(1033));
        Assert.Equal(("ProjectChart", "demo_project", ActiveProjects, (Guid?)BudgetByStage, "Chart"), (cell.ControlId, cell.Table, cell.ViewId, cell.ChartId, cell.Mode));
        Assert.Equal("Budget by Stage", cell.Label.In(1033));
    }

    [Fact]
    public void QuickFindView_FetchXml_SearchesForTheTextTypedFollowedByAnyText()
    {
        AddView(ActiveProjects, "<condition attribute='demo_name' operator='like' value='{0}' />");
        var view = SolutionCharts.Read(customizations).View(ActiveProjects);

        var fetchXml = view.FetchXml("Ap & Co");

        Assert.Contains("value=\"Ap &amp; Co%\"", fetchXml);
        Assert.Empty(organization.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.FetchExpression(fetchXml)).Entities);
        Assert.Single(organization.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.FetchExpression(view.FetchXml("Ap"))).Entities);
    }

    /// <summary>Adds a condition to the view's filter.</summary>
    private void AddView(Guid id, string condition)
    {
        var view = customizations.Descendants("savedquery").Single(v => Guid.Parse(v.Element("savedqueryid")!.Value) == id);
        view.Descendants("filter").Single().Add(XElement.Parse(condition));
    }

    /// <summary>Adds a chart of demo_project with the fetch's entity children, its category alias and its measures; returns its id.</summary>
    private Guid AddChart(string chartType, string entityChildren, string? category, string measure, string? secondMeasure = null, bool aggregate = true)
    {
        var id = Guid.NewGuid();
        var measures = string.Concat(new[] { measure, secondMeasure }.Where(m => m != null).Select(m => $"<measurecollection><measure alias='{m}' /></measurecollection>"));
        var chart = XElement.Parse($@"
            <visualization>
              <savedqueryvisualizationid>{id:B}</savedqueryvisualizationid>
              <datadescription><datadefinition>
                <fetchcollection><fetch mapping='logical' aggregate='{(aggregate ? "true" : "false")}'><entity name='demo_project'>{entityChildren}</entity></fetch></fetchcollection>
                <categorycollection><category{(category == null ? "" : $" alias='{category}'")}>{measures}</category></categorycollection>
              </datadefinition></datadescription>
              <presentationdescription><Chart><Series><Series ChartType='{chartType}' /></Series></Chart></presentationdescription>
              <LocalizedNames><LocalizedName description='Test chart' languagecode='1033' /></LocalizedNames>
            </visualization>");
        customizations.Descendants("Visualizations").Single().Add(chart);
        return id;
    }
}
