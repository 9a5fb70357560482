using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Messages;

public class ExecuteMultipleTests
{
    private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
    {
        var batch = new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection(), Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses } };
        batch.Requests.AddRange(requests);
        return batch;
    }

    private static CreateRequest CreateAccount(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static CreateRequest Broken() => new() { Target = new Entity("account") { ["nosuchcolumn"] = 1 } };

    [Fact]
    public void ExecuteMultiple_ContinueOnError_EachRequestOwnTransaction()
    {
        var service = Fixture.NewOrganization().CreateService();

        var response = (ExecuteMultipleResponse)service.Execute(Batch(true, true, CreateAccount("a"), Broken(), CreateAccount("c")));

        Assert.True(response.IsFaulted);
        Assert.Equal(new[] { 0, 1, 2 }, response.Responses.Select(r => r.RequestIndex));
        Assert.NotNull(response.Responses[1].Fault);
        Assert.IsType<CreateResponse>(response.Responses[2].Response);
        Assert.Equal(2, service.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void ExecuteMultiple_StopOnError_StopsAfterTheFaultKeepingEarlierWork()
    {
        var service = Fixture.NewOrganization().CreateService();

        var response = (ExecuteMultipleResponse)service.Execute(Batch(false, false, CreateAccount("a"), Broken(), CreateAccount("c")));

        Assert.Equal(1, response.Responses.Single().RequestIndex);
        Assert.Single(service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void ExecuteMultiple_MoreThanThousandRequests_Refused()
    {
        var service = Fixture.NewOrganization().CreateService();
        var requests = Enumerable.Range(0, 1001).Select(i => (OrganizationRequest)CreateAccount("a" + i)).ToArray();

        var fault = Fixture.Fault(() => service.Execute(Batch(true, false, requests)));

        Assert.Equal("The number of requests in the batch (1001) exceeds the maximum batch size of 1000.", fault.Message);
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void ExecuteMultiple_Nested_Refused()
    {
        var service = Fixture.NewOrganization().CreateService();

        var fault = Fixture.Fault(() => service.Execute(Batch(true, false, Batch(true, false, CreateAccount("a")))));

        Assert.Equal(ErrorCodes.ExecuteMultipleRefused, fault.Detail.ErrorCode);
    }
}
