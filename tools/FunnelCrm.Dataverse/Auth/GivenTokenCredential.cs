using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace FunnelCrm.Dataverse.Auth;

/// <summary>A bearer token given as is (<c>AuthType=Token</c>): the caller vouches for it; it is never refreshed.</summary>
public sealed class GivenTokenCredential : TokenCredential
{
    private readonly AccessToken token;

    /// <summary>A credential handing out <paramref name="token"/>.</summary>
    public GivenTokenCredential(string token)
    {
        this.token = new AccessToken(token, DateTimeOffset.MaxValue);
    }

    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => token;

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(token);
}
