using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FunnelCrm.Dataverse.Resilience;
using FunnelCrm.Dataverse.Tests.Support;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Emulator.WebApi.Protection;
using Xunit;

namespace FunnelCrm.Dataverse.Tests.Resilience;

public sealed class ServiceProtectionTests
{
    [Fact]
    public async Task Client_Throttled_WaitsExactlyTheRetryAfterOfEach429()
    {
        await using var host = await TestHost.StartAsync(new WebApiHostOptions { Limits = new ServiceProtectionLimits { Requests = 3, Window = TimeSpan.FromSeconds(2) } });
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);

        for (var i = 0; i < 8; i++)
        {
            await client.WhoAmIAsync();
        }

        var throttled = recorder.Requests.Where(r => r.Status == 429).ToList();
        Assert.NotEmpty(throttled);
        Assert.Equal(throttled.Select(r => r.RetryAfter!.Value), client.Statistics.RetryDelays.Where(d => d.Status == 429).Select(d => d.Delay));
    }

    [Fact]
    public async Task Client_ManyParallelQueries_NeverMoreInFlightThanItsLimit()
    {
        await using var host = await TestHost.StartAsync(new WebApiHostOptions { Faults = new FaultInjection { Rate = 0.3, Kinds = InjectedFault.SlowResponse, Delay = TimeSpan.FromMilliseconds(50), Seed = 3 } });
        var recorder = new Recorder();
        using var client = await host.ClientAsync(new ServiceProtectionOptions { MaxConcurrency = 4 }, recorder);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.WhoAmIAsync()));

        Assert.Equal(40, recorder.Requests.Count);
        Assert.True(recorder.MaxInFlight <= 4, "in flight: " + recorder.MaxInFlight);
    }

    [Fact]
    public async Task Client_503AndDroppedConnections_RetriesReadsWithBackoffUntilAnswered()
    {
        await using var host = await TestHost.StartAsync(new WebApiHostOptions { Faults = new FaultInjection { Rate = 0.3, Kinds = InjectedFault.ServiceUnavailable | InjectedFault.DropBeforeProcessing, Seed = 5 } });
        using var client = await host.ClientAsync(new ServiceProtectionOptions { BaseDelay = TimeSpan.FromMilliseconds(10) });

        for (var i = 0; i < 30; i++)
        {
            await client.RetrieveVersionAsync();
        }

        Assert.True(client.Statistics.Retries > 0);
        Assert.Contains(client.Statistics.RetryDelays, d => d.Status == 503);
        Assert.Contains(client.Statistics.RetryDelays, d => d.Status == 0);
    }

    [Fact]
    public async Task Client_CreateWhoseAnswerIsLost_IsNotSentAgain()
    {
        await using var host = await TestHost.StartAsync(new WebApiHostOptions { Faults = new FaultInjection { Rate = 1, Kinds = InjectedFault.DropAfterProcessing, Seed = 1 } });
        using var client = await host.ClientAsync(new ServiceProtectionOptions { BaseDelay = TimeSpan.FromMilliseconds(10) });

        var lost = await Assert.ThrowsAsync<DataverseRefusedException>(() => client.CreateAsync("accounts", new JsonObject { ["name"] = "Contoso" }));

        Assert.Equal(0, lost.Status);
        Assert.Single(host.Organization.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities);
    }

    [Fact]
    public void Options_ConcurrencyAboveThePlatformLimit_AreRefused()
    {
        var refused = Assert.Throws<DataverseInputException>(() => new ServiceProtectionOptions { MaxConcurrency = 53 }.Validate());

        Assert.Contains("between 1 and 52", refused.Message);
    }
}
