using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using FunnelCrm.Dataverse.Tests.Support;
using Xunit;

namespace FunnelCrm.Dataverse.Tests.Resilience;

public sealed class TokenRenewalTests
{
    [Fact]
    public async Task Client_TokenFiveMinutesFromExpiry_IsRenewedBeforeTheNextRequest()
    {
        await using var host = await TestHost.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var credential = new HostCredential(host, clock, TimeSpan.FromMinutes(60));
        using var client = await host.ClientAsync(credential: credential, time: clock);
        await client.WhoAmIAsync();
        clock.Now += TimeSpan.FromMinutes(54);
        await client.WhoAmIAsync();
        Assert.Single(credential.Issued);

        clock.Now += TimeSpan.FromMinutes(2);
        host.Host.Tokens.Revoke(credential.Issued[0]);
        await client.WhoAmIAsync();

        Assert.Equal(2, credential.Issued.Count);
    }

    private sealed class ManualClock : TimeProvider
    {
        public ManualClock(DateTimeOffset now)
        {
            Now = now;
        }

        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Hands out tokens the host accepts, each valid for <c>lifetime</c> from the clock's now.</summary>
    private sealed class HostCredential : TokenCredential
    {
        private readonly TestHost host;
        private readonly ManualClock clock;
        private readonly TimeSpan lifetime;

        public HostCredential(TestHost host, ManualClock clock, TimeSpan lifetime)
        {
            this.host = host;
            this.clock = clock;
            this.lifetime = lifetime;
        }

        public List<string> Issued { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var token = host.Host.Tokens.Issue(host.AdminId);
            Issued.Add(token);
            return new AccessToken(token, clock.Now + lifetime);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }
}
