using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Batch;
using FunnelCrm.Emulator.WebApi.Platform;
using FunnelCrm.Emulator.WebApi.Protection;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>
/// The Dataverse Web API (<c>/api/data/v9.2/</c>) over an emulator organization, served by Kestrel on 127.0.0.1.
/// Requests need <c>Authorization: Bearer</c> with a token from <see cref="Tokens"/> (each stands for one user, whose
/// roles apply); then the service protection limits, then the injected faults, then the request itself.
/// </summary>
public sealed class WebApiHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ServiceProtection protection;
    private readonly AsyncJobRunner? jobs;

    private WebApiHost(WebApplication app, Organization organization, PlatformState platform, ServiceProtection protection, AsyncJobRunner? jobs, AccessTokens tokens, Uri address)
    {
        this.app = app;
        this.protection = protection;
        this.jobs = jobs;
        Organization = organization;
        Platform = platform;
        Tokens = tokens;
        Address = address;
    }

    /// <summary>The organization served.</summary>
    public Organization Organization { get; }

    /// <summary>The platform tables' rows, the step synchronizer and solution imports.</summary>
    public PlatformState Platform { get; }

    /// <summary>The tokens the host accepts.</summary>
    public AccessTokens Tokens { get; }

    /// <summary>The host's base address (<c>http://127.0.0.1:P/</c>), what a connection string's Url names.</summary>
    public Uri Address { get; }

    /// <summary>The Web API service root (<c>http://127.0.0.1:P/api/data/v9.2/</c>).</summary>
    public Uri ServiceRoot => new(Address, ApiRequest.RootPath.TrimStart('/'));

    /// <summary>The port listened on.</summary>
    public int Port => Address.Port;

    /// <summary>Starts serving <paramref name="organization"/>.</summary>
    public static async Task<WebApiHost> StartAsync(Organization organization, WebApiHostOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new WebApiHostOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var tokens = new AccessTokens();
        var protection = new ServiceProtection(options.Limits, options.Time);
        var platform = PlatformState.Install(organization, options.PluginAssemblies, options.PluginTraceLog, options.InstalledSolution);
        var endpoint = new WebApiEndpoint(organization, new ModelCache(organization), options.Version) { Platform = platform };
        endpoint.Batches = new BatchProcessor(endpoint);
        var pipeline = new RequestPipeline(organization, tokens, protection, new FaultInjector(options.Faults), endpoint, options.TenantId);
        app.Run(pipeline.InvokeAsync);
        await app.StartAsync(cancellation);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var jobs = options.RunAsyncJobs ? AsyncJobRunner.Start(organization) : null;
        return new WebApiHost(app, organization, platform, protection, jobs, tokens, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    /// <summary>A connection string for a client acting as the user the token stands for.</summary>
    public string ConnectionString(string token) => $"AuthType=Token;Url={Address.ToString().TrimEnd('/')};Token={token}";

    /// <summary>Stops listening (requests in flight finish first).</summary>
    public Task StopAsync(CancellationToken cancellation = default) => app.StopAsync(cancellation);

    /// <summary>Stops and releases the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Platform.Imports.WhenIdle();
        if (jobs != null)
        {
            await jobs.DisposeAsync();
        }
        protection.Dispose();
    }
}
