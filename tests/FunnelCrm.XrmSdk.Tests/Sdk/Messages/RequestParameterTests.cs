using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.XrmSdk.Tests.Sdk.Messages;

public sealed class RequestParameterTests
{
    public static TheoryData<OrganizationRequest, string, string> NewRequests() => new()
    {
        { new CreateRequest(), "Create", "Target" },
        { new UpdateRequest(), "Update", "Target" },
        { new DeleteRequest(), "Delete", "Target" },
        { new RetrieveRequest(), "Retrieve", "Target,ColumnSet" },
        { new RetrieveMultipleRequest(), "RetrieveMultiple", "Query" },
        { new ExecuteMultipleRequest(), "ExecuteMultiple", "Requests,Settings" },
        { new UpsertRequest(), "Upsert", "Target" },
        { new AssociateRequest(), "Associate", "Target,Relationship,RelatedEntities" },
        { new SetStateRequest(), "SetState", "EntityMoniker,State,Status" },
        { new WhoAmIRequest(), "WhoAmI", string.Empty },
    };

    [Theory]
    [MemberData(nameof(NewRequests))]
    public void NewRequest_Constructed_HasMessageNameAndNullParameterKeys(OrganizationRequest request, string requestName, string keys)
    {
        var actualKeys = string.Join(",", request.Parameters.Keys);

        Assert.Equal(requestName, request.RequestName);
        Assert.Equal(keys, actualKeys);
        Assert.All(request.Parameters.Values, Assert.Null);
    }

    [Fact]
    public void CreateRequest_TargetSet_StoredUnderTargetKey()
    {
        var target = new Entity("lead");

        var request = new CreateRequest { Target = target };

        Assert.Same(target, request.Parameters["Target"]);
        Assert.Equal(new[] { "Target" }, request.Parameters.Keys.ToArray());
    }

    [Fact]
    public void CreateRequest_New_TargetIsNull()
    {
        var request = new CreateRequest();

        Assert.Null(request.Target);
    }

    [Fact]
    public void UpdateRequest_New_ConcurrencyBehaviorDefaultWithoutKey()
    {
        var request = new UpdateRequest();

        Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
        Assert.False(request.Parameters.Contains("ConcurrencyBehavior"));
    }

    [Fact]
    public void UpdateRequest_ConcurrencyBehaviorSet_AddsItsKeyAfterTarget()
    {
        var request = new UpdateRequest { Target = new Entity("lead") };

        request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;

        Assert.Equal("Target,ConcurrencyBehavior", string.Join(",", request.Parameters.Keys));
    }

    [Fact]
    public void RetrieveRequest_ColumnSetSetBeforeTarget_KeepsConstructionKeyOrder()
    {
        var request = new RetrieveRequest { ColumnSet = new ColumnSet("name"), Target = new EntityReference("lead", System.Guid.NewGuid()) };

        var keys = string.Join(",", request.Parameters.Keys);

        Assert.Equal("Target,ColumnSet", keys);
    }

    [Fact]
    public void ExecuteMultipleRequest_New_RequestsIsNull()
    {
        var request = new ExecuteMultipleRequest();

        Assert.Null(request.Requests);
    }

    [Fact]
    public void OrganizationRequest_New_HasEmptyParametersAndNoName()
    {
        var request = new OrganizationRequest();

        Assert.NotNull(request.Parameters);
        Assert.Empty(request.Parameters);
        Assert.Null(request.RequestName);
    }

    [Fact]
    public void OrganizationRequest_Indexer_ReadsAndWritesParameters()
    {
        var request = new OrganizationRequest("funnel_Recalculate");

        request["LeadId"] = 5;

        Assert.Equal(5, request.Parameters["LeadId"]);
        Assert.Equal("funnel_Recalculate", request.RequestName);
    }
}
