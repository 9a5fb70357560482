using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.XrmSdk.Tests.Sdk.Messages;

public sealed class ResponseResultTests
{
    [Fact]
    public void CreateResponse_EmptyResults_IdIsEmptyGuidAndNameNull()
    {
        var response = new CreateResponse();

        Assert.Equal(Guid.Empty, response.id);
        Assert.Null(response.ResponseName);
    }

    [Fact]
    public void CreateResponse_IdResult_ReadsResultsId()
    {
        var id = new Guid("11111111-1111-1111-1111-111111111111");
        var response = new CreateResponse();

        response.Results["id"] = id;

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void RetrieveMultipleResponse_EmptyResults_EntityCollectionIsNull()
    {
        var response = new RetrieveMultipleResponse();

        Assert.Null(response.EntityCollection);
    }

    [Fact]
    public void RetrieveMultipleResponse_EntityCollectionResult_ReturnsIt()
    {
        var records = new EntityCollection();
        var response = new RetrieveMultipleResponse();

        response.Results["EntityCollection"] = records;

        Assert.Same(records, response.EntityCollection);
    }

    [Fact]
    public void ExecuteMultipleResponse_EmptyResults_NotFaulted()
    {
        var response = new ExecuteMultipleResponse();

        Assert.False(response.IsFaulted);
    }

    [Fact]
    public void ExecuteMultipleResponse_Results_ReadsIsFaultedAndResponses()
    {
        var response = new ExecuteMultipleResponse();

        response.Results["IsFaulted"] = true;
        response.Results["Responses"] = new ExecuteMultipleResponseItemCollection();

        Assert.True(response.IsFaulted);
        Assert.Empty(response.Responses);
    }

    [Fact]
    public void UpdateResponse_New_ResponseNameNull()
    {
        var response = new UpdateResponse();

        Assert.Null(response.ResponseName);
    }

    [Fact]
    public void OrganizationResponse_New_HasEmptyResults()
    {
        var response = new OrganizationResponse();

        Assert.NotNull(response.Results);
        Assert.Empty(response.Results);
    }

    [Fact]
    public void WhoAmIResponse_Results_ReadsUserId()
    {
        var user = Guid.NewGuid();
        var response = new WhoAmIResponse();

        response.Results["UserId"] = user;

        Assert.Equal(user, response.UserId);
        Assert.Equal(Guid.Empty, response.BusinessUnitId);
    }
}
