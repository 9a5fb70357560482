using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Query;

/// <summary>Aggregates as Microsoft's "Aggregate data using FetchXml/QueryExpression" pages describe them, on the same ten accounts.</summary>
public class AggregateQueryTests
{
    private readonly Organization organization = Fixture.NewOrganization();
    private readonly IOrganizationService service;

    public AggregateQueryTests()
    {
        service = organization.CreateService();
        var march = new DateTime(2023, 3, 25, 10, 0, 0, DateTimeKind.Utc);
        Account("Example Account", null, null, new DateTime(2023, 8, 27, 10, 0, 0, DateTimeKind.Utc));
        Account("Contoso Pharmaceuticals", 1500, "Redmond", march);
        Account("Fabrikam, Inc.", 2700, "Lynnwood", march);
        Account("Blue Yonder Airlines", 2900, "Los Angeles", march);
        Account("City Power & Light", 2900, "Redmond", march);
        Account("Coho Winery", 3900, "Phoenix", march);
        Account("Adventure Works", 4300, "Santa Cruz", march);
        Account("Alpine Ski House", 4800, "Missoula", march);
        Account("Litware, Inc.", 6000, "Dallas", march);
        Account("A. Datum Corporation", 6200, "Redmond", march);
    }

    private void Account(string name, int? employees, string? city, DateTime createdOn)
    {
        organization.Clock.Set(createdOn);
        var account = new Entity("account") { ["name"] = name, ["address1_city"] = city, ["revenue"] = employees == null ? null : new Money(employees.Value * 10m) };
        if (employees.HasValue)
        {
            account["numberofemployees"] = employees.Value;
        }
        service.Create(account);
    }

    private EntityCollection Fetch(string xml) => service.RetrieveMultiple(new FetchExpression(xml));

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    [Fact]
    public void Aggregates_OverAllRows_GiveTheDocumentedFigures()
    {
        var row = Fetch(@"
            <fetch aggregate='true'>
              <entity name='account'>
                <attribute name='numberofemployees' alias='Average' aggregate='avg' />
                <attribute name='numberofemployees' alias='Count' aggregate='count' />
                <attribute name='numberofemployees' alias='ColumnCount' aggregate='countcolumn' />
                <attribute name='numberofemployees' alias='DistinctCount' aggregate='countcolumn' distinct='true' />
                <attribute name='numberofemployees' alias='Maximum' aggregate='max' />
                <attribute name='numberofemployees' alias='Minimum' aggregate='min' />
                <attribute name='numberofemployees' alias='Sum' aggregate='sum' />
                <attribute name='revenue' alias='Revenue' aggregate='sum' />
              </entity>
            </fetch>").Entities.Single();

        Assert.Equal(3911, Value(row, "Average"));
        Assert.Equal(10, Value(row, "Count"));
        Assert.Equal(9, Value(row, "ColumnCount"));
        Assert.Equal(8, Value(row, "DistinctCount"));
        Assert.Equal(6200, Value(row, "Maximum"));
        Assert.Equal(1500, Value(row, "Minimum"));
        Assert.Equal(35200, Value(row, "Sum"));
        Assert.Equal(new Money(352000m), Value(row, "Revenue"));
        Assert.Equal("account", row.GetAttributeValue<AliasedValue>("Sum").EntityLogicalName);
        Assert.Equal("numberofemployees", row.GetAttributeValue<AliasedValue>("Sum").AttributeLogicalName);
        Assert.Equal("35,200", row.FormattedValues["Sum"]);
        Assert.Equal("$352,000.00", row.FormattedValues["Revenue"]);
    }

    [Fact]
    public void GroupBy_WithOrderByAlias_GroupsNullsToo()
    {
        var rows = Fetch(@"
            <fetch aggregate='true'>
              <entity name='account'>
                <attribute name='numberofemployees' alias='Total' aggregate='sum' />
                <attribute name='address1_city' alias='Count' aggregate='count' />
                <attribute name='address1_city' alias='City' groupby='true' />
                <order alias='City' />
              </entity>
            </fetch>").Entities;

        Assert.Equal(new object?[] { null, "Dallas", "Los Angeles", "Lynnwood", "Missoula", "Phoenix", "Redmond", "Santa Cruz" }, rows.Select(r => Value(r, "City")));
        Assert.Equal(new object?[] { 0, 6000, 2900, 2700, 4800, 3900, 10600, 4300 }, rows.Select(r => Value(r, "Total")));
        Assert.Equal(3, Value(rows[6], "Count"));
        Assert.False(rows[0].Contains("City"));
    }

    [Fact]
    public void DateGrouping_ReturnsThePartsOfTheDate()
    {
        var rows = Fetch(@"
            <fetch aggregate='true'>
              <entity name='account'>
                <attribute name='numberofemployees' alias='Total' aggregate='sum' />
                <attribute name='createdon' alias='Day' groupby='true' dategrouping='day' />
                <attribute name='createdon' alias='Week' groupby='true' dategrouping='week' />
                <attribute name='createdon' alias='Month' groupby='true' dategrouping='month' />
                <attribute name='createdon' alias='Quarter' groupby='true' dategrouping='quarter' />
                <attribute name='createdon' alias='Year' groupby='true' dategrouping='year' />
                <attribute name='createdon' alias='FiscalPeriod' groupby='true' dategrouping='fiscal-period' />
                <attribute name='createdon' alias='FiscalYear' groupby='true' dategrouping='fiscal-year' />
                <order alias='Month' />
              </entity>
            </fetch>").Entities;

        Assert.Equal(new object?[] { 35200, 25, 12, 3, 1, 2023 }, new[] { "Total", "Day", "Week", "Month", "Quarter", "Year" }.Select(a => Value(rows[0], a)));
        Assert.Equal(new object?[] { 0, 27, 35, 8, 3, 2023 }, new[] { "Total", "Day", "Week", "Month", "Quarter", "Year" }.Select(a => Value(rows[1], a)));
        Assert.Equal("Quarter 1 FY2023", rows[0].FormattedValues["FiscalPeriod"]);
        Assert.Equal("FY2023", rows[1].FormattedValues["FiscalYear"]);
    }

    [Fact]
    public void MonthGrouping_PutsTheSameMonthOfTwoYearsInOneGroup_UnlessYearIsGroupedToo()
    {
        Account("Next year's", 100, "Redmond", new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        const string byMonth = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><attribute name='createdon' alias='m' groupby='true' dategrouping='month' /><order alias='m' /></entity></fetch>";
        const string byYearAndMonth = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><attribute name='createdon' alias='y' groupby='true' dategrouping='year' /><attribute name='createdon' alias='m' groupby='true' dategrouping='month' /><order alias='y' /><order alias='m' /></entity></fetch>";

        Assert.Equal(new object?[] { 10, 1 }, Fetch(byMonth).Entities.Select(r => Value(r, "n")));
        Assert.Equal(new object?[] { 9, 1, 1 }, Fetch(byYearAndMonth).Entities.Select(r => Value(r, "n")));
    }

    [Fact]
    public void OrderByAggregate_WithCount_ReturnsTheTopGroups()
    {
        var top = Fetch(@"
            <fetch aggregate='true' count='2'>
              <entity name='account'>
                <attribute name='numberofemployees' alias='Total' aggregate='sum' />
                <attribute name='address1_city' alias='City' groupby='true' />
                <order alias='Total' descending='true' />
              </entity>
            </fetch>");

        Assert.Equal(new object?[] { "Redmond", "Dallas" }, top.Entities.Select(r => Value(r, "City")));
        Assert.True(top.MoreRecords);
        Assert.Null(top.PagingCookie);
    }

    [Fact]
    public void GroupByChoiceAndLookup_ReturnTheValuesWithTheirLabelsAndNames()
    {
        organization.LoadCustomizations(Fixture.CustomizationsPath);
        foreach (var stage in new[] { 100000000, 100000000, 100000002 })
        {
            service.Create(new Entity("demo_project") { ["demo_name"] = "p", ["demo_stage"] = new OptionSetValue(stage) });
        }

        var byStage = Fetch("<fetch aggregate='true'><entity name='demo_project'><attribute name='demo_projectid' alias='n' aggregate='count' /><attribute name='demo_stage' alias='stage' groupby='true' /><order alias='stage' /></entity></fetch>").Entities;
        var byOwner = Fetch("<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><attribute name='ownerid' alias='owner' groupby='true' /></entity></fetch>").Entities;

        Assert.Equal(new[] { "Close", "Qualify" }, byStage.Select(r => r.FormattedValues["stage"]));
        Assert.Equal(new object?[] { 1, 2 }, byStage.Select(r => Value(r, "n")));
        Assert.Equal(new OptionSetValue(100000002), Value(byStage[0], "stage"));
        Assert.Equal("SYSTEM", byOwner.Single().FormattedValues["owner"]);
        Assert.Equal(organization.SystemUserId, ((EntityReference)Value(byOwner.Single(), "owner")!).Id);
    }

    [Fact]
    public void GroupByOnALinkedTable_CountsPerRelatedValue()
    {
        var contoso = service.Create(new Entity("account") { ["name"] = "Contoso", ["address1_city"] = "Berlin" });
        service.Create(new Entity("lead") { ["lastname"] = "a", ["parentaccountid"] = new EntityReference("account", contoso) });
        service.Create(new Entity("lead") { ["lastname"] = "b", ["parentaccountid"] = new EntityReference("account", contoso) });

        var row = Fetch(@"
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='leadid' alias='n' aggregate='count' />
                <link-entity name='account' from='accountid' to='parentaccountid' alias='acc'>
                  <attribute name='address1_city' alias='city' groupby='true' />
                </link-entity>
              </entity>
            </fetch>").Entities.Single();

        Assert.Equal(2, Value(row, "n"));
        Assert.Equal("Berlin", Value(row, "city"));
    }

    [Fact]
    public void QueryExpressionAggregate_GivesWhatTheSameFetchXmlGives()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet(false) };
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression("numberofemployees", XrmAggregateType.Sum, "Total", XrmDateTimeGrouping.None));
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression { AttributeName = "address1_city", Alias = "City", HasGroupBy = true });
        query.Orders.Add(new OrderExpression("address1_city", OrderType.Descending, "City"));

        var viaQuery = service.RetrieveMultiple(query).Entities.Select(r => (Value(r, "City"), Value(r, "Total")));
        var viaFetch = Fetch("<fetch aggregate='true'><entity name='account'><attribute name='numberofemployees' alias='Total' aggregate='sum' /><attribute name='address1_city' alias='City' groupby='true' /><order alias='City' descending='true' /></entity></fetch>")
            .Entities.Select(r => (Value(r, "City"), Value(r, "Total")));

        Assert.Equal(viaFetch, viaQuery);
        Assert.Equal(("Santa Cruz", (object)4300), viaQuery.First());
    }

    [Fact]
    public void AggregateLimit_MoreRowsThanTheLimit_IsRefusedWithTheDocumentedCode()
    {
        var fault = Fixture.Fault(() => Fetch("<fetch aggregate='true' aggregatelimit='5'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>"));

        Assert.Equal(ErrorCodes.AggregateQueryRecordLimitExceeded, fault.Detail.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }
}
