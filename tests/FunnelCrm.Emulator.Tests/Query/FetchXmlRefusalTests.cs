using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Query;

/// <summary>Broken FetchXML is refused with Dataverse's fault code and wording, whether or not any row would match.</summary>
public class FetchXmlRefusalTests
{
    private readonly Organization organization = Fixture.NewOrganization();

    private OrganizationServiceFaultException Refused(string fetchXml) =>
        Fixture.Fault(() => organization.CreateService().RetrieveMultiple(new FetchExpression(fetchXml)));

    [Theory]
    [InlineData("<fetch><entity name='lead'><attribute name='nosuchcolumn' /></entity></fetch>")]
    [InlineData("<fetch><entity name='lead'><filter><condition attribute='nosuchcolumn' operator='null' /></filter></entity></fetch>")]
    [InlineData("<fetch><entity name='lead'><order attribute='nosuchcolumn' /></entity></fetch>")]
    [InlineData("<fetch><entity name='lead'><link-entity name='account' from='accountid' to='nosuchcolumn' /></entity></fetch>")]
    public void UnknownColumn_AnywhereInTheQuery_IsRefusedNamingTableAndColumn(string fetchXml)
    {
        var fault = Refused(fetchXml);

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Theory]
    [InlineData("<fetch><entity name='nosuchtable' /></fetch>")]
    [InlineData("<fetch><entity name='lead'><link-entity name='nosuchtable' from='x' to='leadid' /></entity></fetch>")]
    public void UnknownTable_IsRefusedNamingIt(string fetchXml)
    {
        var fault = Refused(fetchXml);

        Assert.Equal(ErrorCodes.EntityNotFound, fault.Detail.ErrorCode);
        Assert.Contains("'nosuchtable'", fault.Message);
    }

    [Fact]
    public void UnknownOperator_IsRefusedInDataversesWords()
    {
        var fault = Refused("<fetch><entity name='lead'><filter><condition attribute='lastname' operator='contains' value='x' /></filter></entity></fetch>");

        Assert.Equal(ErrorCodes.InvalidConditionOperator, fault.Detail.ErrorCode);
        Assert.Equal("Unknown Condition Operator: contains", fault.Message);
    }

    [Fact]
    public void ValueOfTheWrongType_IsRefusedNamingTheColumnAndTheExpectedType()
    {
        var fault = Refused("<fetch><entity name='lead'><filter><condition attribute='numberofemployees' operator='eq' value='many' /></filter></entity></fetch>");

        Assert.Equal(ErrorCodes.InvalidQueryValue, fault.Detail.ErrorCode);
        Assert.StartsWith("An exception System.FormatException was thrown while trying to convert input value 'many' to attribute 'lead.numberofemployees'. Expected type of attribute value: System.Int32.", fault.Message);
    }

    [Theory]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='lastname' /></entity></fetch>", ErrorCodes.AttributeWithAggregate,
        "An attribute can not be requested when an aggregate operation has been specified and its neither groupby nor aggregate.  NodeXml : <attribute name=\"lastname\" />")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='leadid' aggregate='count' /></entity></fetch>", ErrorCodes.InvalidAggregateAlias,
        "Invalid alias for aggregate operation.")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='numberofemployees' alias='m' aggregate='median' /></entity></fetch>", ErrorCodes.InvalidAggregate,
        "An error occurred while processing Aggregates in Query")]
    [InlineData("<fetch><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' /></entity></fetch>", ErrorCodes.InvalidAggregate,
        "An error occurred while processing Aggregates in Query")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='lastname' alias='s' aggregate='sum' /></entity></fetch>", ErrorCodes.InvalidAggregateAttribute,
        "Aggregate sum is not supported for attribute of type String.")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='createdon' alias='d' groupby='true' /><attribute name='leadid' alias='n' aggregate='count' /></entity></fetch>", ErrorCodes.InvalidDateGrouping,
        "Invalid value '' for dategrouping.")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='createdon' alias='d' groupby='true' dategrouping='decade' /></entity></fetch>", ErrorCodes.InvalidDateGrouping,
        "Invalid value 'decade' for dategrouping.")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' groupby='true' /></entity></fetch>", ErrorCodes.GroupByAndAggregate,
        "An attribute can either be an aggregate or a Group By but not both")]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' /><attribute name='lastname' alias='n' groupby='true' /></entity></fetch>", ErrorCodes.DuplicateAlias,
        "FetchXML should have unique aliases.")]
    public void BrokenAggregate_IsRefusedWithTheDocumentedCode(string fetchXml, int code, string message)
    {
        var fault = Refused(fetchXml);

        Assert.Equal(code, fault.Detail.ErrorCode);
        Assert.Equal(message, fault.Message);
    }

    [Theory]
    [InlineData("<fetch aggregate='true'><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' /><order attribute='lastname' /></entity></fetch>", ErrorCodes.AttributeOrderInAggregate)]
    [InlineData("<fetch><entity name='lead'><attribute name='lastname' /><order alias='lastname' /></entity></fetch>", ErrorCodes.AliasOrderOutsideAggregate)]
    public void OrderOfTheWrongKind_IsRefused(string fetchXml, int code)
    {
        Assert.Equal(code, Refused(fetchXml).Detail.ErrorCode);
    }

    [Theory]
    [InlineData("<fetch><entity name='lead'", ErrorCodes.InvalidXml)]
    [InlineData("<fetch><entity name='lead'><column name='lastname' /></entity></fetch>", ErrorCodes.InvalidQueryNode)]
    [InlineData("<fetch><entity name='lead'><link-entity name='account' from='accountid' to='parentaccountid' link-type='sideways' /></entity></fetch>", ErrorCodes.InvalidLinkType)]
    [InlineData("<fetch><entity name='lead'><filter type='xor'><condition attribute='lastname' operator='null' /></filter></entity></fetch>", ErrorCodes.InvalidFilterType)]
    public void MalformedFetch_IsRefused(string fetchXml, int code)
    {
        Assert.Equal(code, Refused(fetchXml).Detail.ErrorCode);
    }

    [Fact]
    public void InvalidChildNode_NamesTheNodeAndTheValidOnes()
    {
        var fault = Refused("<fetch><entity name='lead'><column name='lastname' /></entity></fetch>");

        Assert.Equal("Invalid Child Node, valid nodes are filter, order, link-entity, attribute, all-attributes, no-attrs. NodeName = column NodeXml = <column name=\"lastname\" />", fault.Message);
    }

    [Theory]
    [InlineData("<fetch><entity name='lead'><filter><condition attribute='createdon' operator='this-fiscal-year' /></filter></entity></fetch>")]
    [InlineData("<fetch><entity name='lead'><filter><condition attribute='leadid' operator='under' value='6f1a2b3c-0000-4000-8000-000000000001' /></filter></entity></fetch>")]
    [InlineData("<fetch><entity name='lead'><link-entity name='account' from='accountid' to='parentaccountid'><filter><condition attribute='owningbusinessunit' operator='eq-businessid' /></filter></link-entity></entity></fetch>")]
    public void OperatorTheEmulatorDoesNotEvaluate_EvenWithNoRowToTest_IsRefusedAsNotSupported(string fetchXml)
    {
        var fault = Refused(fetchXml);

        Assert.Equal(ErrorCodes.NotSupported, fault.Detail.ErrorCode);
        Assert.Contains("the condition operator", fault.Message);
    }
}
