using System;
using System.IO;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Dataverse;
using FunnelCrm.Dataverse.Connection;
using FunnelCrm.Dataverse.Resilience;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Dataverse.Tests.Support;

/// <summary>The Web API host on a loopback port (the FunnelCrm solution, every plugin step) and clients of an administrator.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApiHost host, Guid adminId)
    {
        Host = host;
        AdminId = adminId;
    }

    public WebApiHost Host { get; }

    public Guid AdminId { get; }

    public Organization Organization => Host.Organization;

    public static async Task<TestHost> StartAsync(WebApiHostOptions? options = null)
    {
        var organization = new Organization();
        organization.LoadSolutionSource(RepositoryPaths.Solution);
        organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly);
        organization.Roles.Add(SystemAdministrator.Role(organization));
        var admin = organization.AddUser("Ada Admin", SystemAdministrator.Name, SecurityRoles.AdminName);
        return new TestHost(await WebApiHost.StartAsync(organization, options), admin);
    }

    /// <summary>A client of the administrator through <see cref="DataverseClient.ConnectAsync"/>, as a command opens one.</summary>
    public Task<DataverseClient> ClientAsync(ServiceProtectionOptions? protection = null, Recorder? recorder = null, Azure.Core.TokenCredential? credential = null, TimeProvider? time = null) =>
        DataverseClient.ConnectAsync(DataverseConnection.Parse(Host.ConnectionString(Host.Tokens.Issue(AdminId))), new DataverseClientOptions
        {
            Protection = protection ?? new ServiceProtectionOptions(),
            Transport = recorder == null ? null : () => recorder,
            Credential = credential,
            Time = time ?? TimeProvider.System,
        });

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
