using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Emulator.WebApi.Tests.Support;

/// <summary>
/// A Web API host on a loopback port over an organization with the FunnelCrm solution and every declared plugin step,
/// and HTTP clients holding tokens for an administrator (System Administrator and FunnelCrm Admin), a rep and a user
/// without roles.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private ApiHost(WebApiHost host, Guid adminId, Guid repId, Guid nobodyId)
    {
        Host = host;
        AdminId = adminId;
        RepId = repId;
        NobodyId = nobodyId;
        Admin = Client(host.Tokens.Issue(adminId));
        Rep = Client(host.Tokens.Issue(repId));
        Nobody = Client(host.Tokens.Issue(nobodyId));
        Anonymous = new HttpClient { BaseAddress = host.ServiceRoot };
    }

    public WebApiHost Host { get; }

    public Organization Organization => Host.Organization;

    public Guid AdminId { get; }

    public Guid RepId { get; }

    public Guid NobodyId { get; }

    public HttpClient Admin { get; }

    public HttpClient Rep { get; }

    public HttpClient Nobody { get; }

    public HttpClient Anonymous { get; }

    public static async Task<ApiHost> StartAsync(WebApiHostOptions? options = null)
    {
        var organization = new Organization();
        organization.LoadSolutionSource(RepositoryPaths.Solution);
        organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly);
        organization.RegisterDeclaredCustomApis(typeof(ActivityScoringPlugin).Assembly);
        organization.Roles.Add(SystemAdministrator.Role(organization));
        var admin = organization.AddUser("Ada Admin", SystemAdministrator.Name, SecurityRoles.AdminName);
        var rep = organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        var nobody = organization.AddUser("Nora Nobody");
        var host = await WebApiHost.StartAsync(organization, options);
        return new ApiHost(host, admin, rep, nobody);
    }

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Host.ServiceRoot };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("OData-Version", "4.0");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Rep.Dispose();
        Nobody.Dispose();
        Anonymous.Dispose();
        await Host.DisposeAsync();
    }
}
