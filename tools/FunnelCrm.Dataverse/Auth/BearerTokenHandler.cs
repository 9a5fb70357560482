using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace FunnelCrm.Dataverse.Auth;

/// <summary>
/// Puts <c>Authorization: Bearer</c> on every request with a token for the organization's scope, kept and shared by all
/// requests and renewed before it expires (<see cref="RefreshMargin"/> ahead), so a long run never sends an expired one.
/// </summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    /// <summary>How long before expiry a token is renewed.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential credential;
    private readonly TokenRequestContext request;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim renewing = new(1, 1);
    private AccessToken current;

    /// <summary>A handler asking <paramref name="credential"/> for tokens of <paramref name="scope"/>.</summary>
    public BearerTokenHandler(TokenCredential credential, string scope, TimeProvider time)
    {
        this.credential = credential;
        this.time = time;
        request = new TokenRequestContext(new[] { scope });
    }

    /// <summary>How many tokens were obtained so far.</summary>
    public int TokensObtained { get; private set; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(message, cancellationToken);
    }

    private async Task<string> TokenAsync(CancellationToken cancellation)
    {
        if (Fresh(current))
        {
            return current.Token;
        }
        await renewing.WaitAsync(cancellation);
        try
        {
            if (!Fresh(current))
            {
                try
                {
                    current = await credential.GetTokenAsync(request, cancellation);
                }
                catch (Exception failed) when (failed is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
                {
                    throw new DataverseRefusedException(401, "", "The sign-in failed: " + failed.Message.Split('\n')[0].Trim(), failed);
                }
                TokensObtained++;
            }
            return current.Token;
        }
        finally
        {
            renewing.Release();
        }
    }

    private bool Fresh(AccessToken token) => token.Token != null && token.ExpiresOn - time.GetUtcNow() > RefreshMargin;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            renewing.Dispose();
        }
        base.Dispose(disposing);
    }
}
