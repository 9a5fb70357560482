using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Query;

public class QueryEngineTests
{
    private readonly Organization organization = Fixture.NewOrganization();
    private readonly IOrganizationService service;

    public QueryEngineTests()
    {
        service = organization.CreateService();
    }

    private Guid Lead(string lastName, int? employees = null, string? company = null, EntityReference? account = null) =>
        QueryLeads.Create(service, lastName, employees, company, account);

    private string[] Names(QueryBase query) =>
        service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname")).ToArray();

    [Fact]
    public void Conditions_ComparisonOperators_FilterAsSqlDoes()
    {
        Lead("a", 10); Lead("b", 20); Lead("c", 30); Lead("d");
        QueryExpression Query(ConditionOperator op, params object[] values)
        {
            var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
            query.Criteria.AddCondition("numberofemployees", op, values);
            query.AddOrder("lastname", OrderType.Ascending);
            return query;
        }

        Assert.Equal(new[] { "b" }, Names(Query(ConditionOperator.Equal, 20)));
        Assert.Equal(new[] { "a", "c" }, Names(Query(ConditionOperator.NotEqual, 20)));
        Assert.Equal(new[] { "c" }, Names(Query(ConditionOperator.GreaterThan, 20)));
        Assert.Equal(new[] { "b", "c" }, Names(Query(ConditionOperator.GreaterEqual, 20)));
        Assert.Equal(new[] { "a" }, Names(Query(ConditionOperator.LessThan, 20)));
        Assert.Equal(new[] { "a", "b" }, Names(Query(ConditionOperator.LessEqual, 20)));
        Assert.Equal(new[] { "d" }, Names(Query(ConditionOperator.Null)));
        Assert.Equal(new[] { "a", "b", "c" }, Names(Query(ConditionOperator.NotNull)));
        Assert.Equal(new[] { "a", "c" }, Names(Query(ConditionOperator.In, 10, 30)));
        Assert.Equal(new[] { "b" }, Names(Query(ConditionOperator.NotIn, 10, 30)));
        Assert.Equal(new[] { "a", "b" }, Names(Query(ConditionOperator.Between, 5, 25)));
    }

    [Fact]
    public void Conditions_TextOperators_IgnoreCase()
    {
        Lead("a", company: "Contoso Ltd"); Lead("b", company: "Fabrikam"); Lead("c", company: "contoso AG");
        QueryExpression Query(ConditionOperator op, string value)
        {
            var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
            query.Criteria.AddCondition("companyname", op, value);
            query.AddOrder("lastname", OrderType.Ascending);
            return query;
        }

        Assert.Equal(new[] { "a", "c" }, Names(Query(ConditionOperator.Like, "%CONTOSO%")));
        Assert.Equal(new[] { "a", "c" }, Names(Query(ConditionOperator.BeginsWith, "contoso")));
        Assert.Equal(new[] { "b" }, Names(Query(ConditionOperator.Equal, "FABRIKAM")));
    }

    [Fact]
    public void Conditions_DateOperators_FollowTheOrganizationClock()
    {
        var now = organization.Clock.UtcNow;
        service.Create(new Entity("lead") { ["lastname"] = "old", ["estimatedclosedate"] = now.AddDays(-10) });
        service.Create(new Entity("lead") { ["lastname"] = "recent", ["estimatedclosedate"] = now.AddHours(-3) });
        QueryExpression Query(ConditionOperator op, object value)
        {
            var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
            query.Criteria.AddCondition("estimatedclosedate", op, value);
            return query;
        }

        Assert.Equal(new[] { "recent" }, Names(Query(ConditionOperator.LastXDays, 2)));
        Assert.Equal(new[] { "old" }, Names(Query(ConditionOperator.OlderThanXHours, 5)));
        Assert.Equal(new[] { "recent" }, Names(Query(ConditionOperator.OnOrAfter, now.AddDays(-1))));
        Assert.Equal(new[] { "old" }, Names(Query(ConditionOperator.OnOrBefore, now.AddDays(-5))));
    }

    [Fact]
    public void Filters_NestedOrInsideAnd_Combine()
    {
        Lead("a", 10, "X"); Lead("b", 20, "Y"); Lead("c", 30, "X");
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("companyname", ConditionOperator.Equal, "X");
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("numberofemployees", ConditionOperator.Equal, 10);
        or.AddCondition("numberofemployees", ConditionOperator.Equal, 20);

        Assert.Equal(new[] { "a" }, Names(query));
    }

    [Fact]
    public void LinkEntity_InnerAndOuterWithAlias_ReturnsAliasedValues()
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        Lead("linked", account: new EntityReference("account", account));
        Lead("alone");
        QueryExpression Query(JoinOperator join)
        {
            var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
            var link = query.AddLink("account", "parentaccountid", "accountid", join);
            link.EntityAlias = "acc";
            link.Columns = new ColumnSet("name");
            query.AddOrder("lastname", OrderType.Ascending);
            return query;
        }

        var inner = service.RetrieveMultiple(Query(JoinOperator.Inner)).Entities;
        var outer = service.RetrieveMultiple(Query(JoinOperator.LeftOuter)).Entities;

        var aliased = Assert.IsType<AliasedValue>(Assert.Single(inner)["acc.name"]);
        Assert.Equal(("account", "name", (object)"Contoso"), (aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value));
        Assert.Equal(new[] { "alone", "linked" }, outer.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.False(outer[0].Contains("acc.name"));
    }

    [Fact]
    public void LinkEntity_ConditionOnLinkAlias_FiltersMainRows()
    {
        var contoso = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        Lead("c", account: new EntityReference("account", contoso));
        Lead("f", account: new EntityReference("account", fabrikam));
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
        query.AddLink("account", "parentaccountid", "accountid").EntityAlias = "acc";
        query.Criteria.AddCondition("acc", "name", ConditionOperator.Equal, "Fabrikam");

        Assert.Equal(new[] { "f" }, Names(query));
    }

    [Fact]
    public void OrderingTopCountAndPaging_ReturnPagesWithMoreRecordsAndCookie()
    {
        foreach (var name in new[] { "e", "b", "d", "a", "c" })
        {
            Lead(name);
        }
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        query.AddOrder("lastname", OrderType.Descending);

        var first = service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 3;
        var third = service.RetrieveMultiple(query);
        var top = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname"), TopCount = 1 };
        top.AddOrder("lastname", OrderType.Ascending);

        Assert.Equal(new[] { "e", "d" }, first.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.True(first.MoreRecords);
        Assert.False(string.IsNullOrEmpty(first.PagingCookie));
        Assert.Equal(new[] { "c", "b" }, second.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.Equal(new[] { "a" }, third.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.False(third.MoreRecords);
        Assert.Equal(new[] { "a" }, Names(top));
    }

    [Fact]
    public void QueryByAttribute_MatchesAllPairs()
    {
        Lead("a", 10, "X"); Lead("b", 10, "Y");
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("lastname") };
        query.AddAttributeValue("numberofemployees", 10);
        query.AddAttributeValue("companyname", "Y");

        Assert.Equal(new[] { "b" }, Names(query));
    }

    [Fact]
    public void Condition_UnknownColumn_FailsNamingTableAndColumn()
    {
        var query = new QueryExpression("lead");
        query.Criteria.AddCondition("fcm_nosuch", ConditionOperator.Equal, 1);

        var fault = Fixture.Fault(() => service.RetrieveMultiple(query));

        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'fcm_nosuch' and NameMapping = 'Logical'.", fault.Message);
    }

    [Fact]
    public void Condition_OnLookupWithGuid_MatchesTheReference()
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        Lead("linked", account: new EntityReference("account", account));
        Lead("alone");
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, account);

        Assert.Equal(new[] { "linked" }, Names(query));
    }
}
