using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.XrmSdk.Tests.Sdk.Query;

public sealed class QueryDefaultsTests
{
    [Fact]
    public void QueryExpression_New_HasEmptyColumnsAndCriteriaAndPaging()
    {
        var query = new QueryExpression("lead");

        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(0, query.PageInfo.Count);
        Assert.Equal(0, query.PageInfo.PageNumber);
        Assert.Null(query.PageInfo.PagingCookie);
        Assert.False(query.PageInfo.ReturnTotalRecordCount);
        Assert.Null(query.TopCount);
        Assert.False(query.Distinct);
        Assert.False(query.NoLock);
        Assert.Null(new QueryExpression().EntityName);
    }

    [Fact]
    public void ColumnSet_Columns_KeepOrderAndAllColumnsFalse()
    {
        var columns = new ColumnSet("a", "b");

        Assert.Equal(new[] { "a", "b" }, columns.Columns);
        Assert.False(new ColumnSet().AllColumns);
    }

    [Fact]
    public void ConditionExpression_SingleValue_HasOneValueAndNoTable()
    {
        var condition = new ConditionExpression("a", ConditionOperator.Equal, 1);

        Assert.Equal(new object[] { 1 }, condition.Values);
        Assert.Null(condition.EntityName);
    }

    [Fact]
    public void ConditionExpression_IntArray_ExpandsIntoValues()
    {
        var condition = new ConditionExpression("a", ConditionOperator.In, new[] { 1, 2 });

        Assert.Equal(2, condition.Values.Count);
    }

    [Fact]
    public void ConditionExpression_ObjectArray_BecomesValues()
    {
        var condition = new ConditionExpression("a", ConditionOperator.In, new object[] { 1, 2 });

        Assert.Equal(2, condition.Values.Count);
    }

    [Fact]
    public void ConditionExpression_NoValue_HasEmptyValues()
    {
        Assert.Empty(new ConditionExpression("a", ConditionOperator.Null).Values);
        Assert.Empty(new ConditionExpression().Values);
    }

    [Fact]
    public void LinkEntity_New_InnerJoinWithNoColumnsAndAndFilter()
    {
        var link = new LinkEntity();

        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.False(link.Columns.AllColumns);
        Assert.NotNull(link.LinkCriteria);
    }

    [Fact]
    public void QueryExpression_AddLink_LinksFromTheQueryTableWithoutAlias()
    {
        var query = new QueryExpression("account");

        var link = query.AddLink("contact", "primarycontactid", "contactid");

        Assert.Equal("account", link.LinkFromEntityName);
        Assert.Null(link.EntityAlias);
        Assert.Same(link, Assert.Single(query.LinkEntities));
    }

    [Fact]
    public void QueryByAttribute_New_HasNoColumnSet()
    {
        var query = new QueryByAttribute("lead");

        Assert.Null(query.ColumnSet);
    }

    [Fact]
    public void FetchExpression_Query_IsKept()
    {
        var fetch = new FetchExpression("<fetch/>");

        Assert.Equal("<fetch/>", fetch.Query);
    }

    [Fact]
    public void OrderExpression_New_IsAscending()
    {
        var order = new OrderExpression();

        Assert.Equal(OrderType.Ascending, order.OrderType);
    }
}
