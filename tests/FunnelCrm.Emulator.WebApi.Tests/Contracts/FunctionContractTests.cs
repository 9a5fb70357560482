using System.Net;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Tests.Support;

namespace FunnelCrm.Emulator.WebApi.Tests.Contracts;

/// <summary>Microsoft's documented examples of functions (use-web-api-functions.md), answered by the host.</summary>
public sealed class FunctionContractTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task WhoAmI_AsDocumented_ReturnsTheCallersUserBusinessUnitAndOrganization()
    {
        var response = await host.Admin.GetAsync("WhoAmI()");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; odata.metadata=minimal", response.Content.Headers.ContentType!.ToString());
        var body = await Http.JsonOf(response);
        Assert.Equal(host.Host.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse", body.GetProperty("@odata.context").GetString());
        Assert.Equal(host.AdminId, body.GetProperty("UserId").GetGuid());
        Assert.Equal(host.Organization.RootBusinessUnitId, body.GetProperty("BusinessUnitId").GetGuid());
        Assert.Equal(host.Organization.Id, body.GetProperty("OrganizationId").GetGuid());
    }

    [Fact]
    public async Task RetrieveVersion_WithoutParentheses_ReturnsTheVersionString()
    {
        var body = await Http.JsonOf(await host.Admin.GetAsync("RetrieveVersion"));

        Assert.EndsWith("#Microsoft.Dynamics.CRM.RetrieveVersionResponse", body.GetProperty("@odata.context").GetString());
        Assert.StartsWith("9.2.", body.GetProperty("Version").GetString());
    }

    [Fact]
    public async Task AnyRequest_WithoutToken_Is401WithABearerChallenge()
    {
        var response = await host.Anonymous.GetAsync("WhoAmI");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer authorization_uri=https://login.microsoftonline.com/", response.Headers.WwwAuthenticate.ToString());
        Assert.True((await Http.JsonOf(response)).GetProperty("error").TryGetProperty("message", out _));
    }

    [Fact]
    public async Task AnyRequest_WithARevokedToken_Is401()
    {
        var token = host.Host.Tokens.Issue(host.AdminId);
        using var client = host.Client(token);
        host.Host.Tokens.Revoke(token);

        var response = await client.GetAsync("WhoAmI");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
