using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Protection;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.AspNetCore.Http;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>
/// What every HTTP request goes through: the bearer token (401 without a valid one), the user's service protection
/// limits (429 with Retry-After), the injected faults, then the Web API endpoint as that user.
/// </summary>
public sealed class RequestPipeline
{
    private readonly Organization organization;
    private readonly AccessTokens tokens;
    private readonly ServiceProtection protection;
    private readonly FaultInjector faults;
    private readonly WebApiEndpoint endpoint;
    private readonly Guid tenantId;

    /// <summary>The pipeline's parts.</summary>
    public RequestPipeline(Organization organization, AccessTokens tokens, ServiceProtection protection, FaultInjector faults, WebApiEndpoint endpoint, Guid tenantId)
    {
        this.organization = organization;
        this.tokens = tokens;
        this.protection = protection;
        this.faults = faults;
        this.endpoint = endpoint;
        this.tenantId = tenantId;
    }

    /// <summary>Serves one request.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        if (!Authenticated(http, out var user))
        {
            http.Response.Headers.WWWAuthenticate = $"Bearer authorization_uri=https://login.microsoftonline.com/{tenantId:D}/oauth2/authorize, resource_id={http.Request.Scheme}://{http.Request.Host.Value}/";
            await ErrorResponses.WriteAsync(http, new WebApiException(401, "", "The request is not authenticated: send Authorization: Bearer with a token this host issued."));
            return;
        }
        using var admission = protection.Admit(user);
        if (admission.Refusal is { } refusal)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ErrorResponses.WriteAsync(http, new WebApiException(429, ErrorResponses.Hex(refusal.Code), refusal.Message));
            return;
        }
        var fault = faults.Next();
        switch (fault)
        {
            case InjectedFault.ServiceUnavailable:
                await ErrorResponses.WriteAsync(http, new WebApiException(503, "", "The service is temporarily unavailable (a fault injected by the emulator's Web API host)."));
                return;
            case InjectedFault.DropBeforeProcessing:
                http.Abort();
                return;
            case InjectedFault.SlowResponse:
                await Task.Delay(faults.Delay, http.RequestAborted);
                break;
        }
        if (fault != InjectedFault.DropAfterProcessing)
        {
            await endpoint.ServeAsync(http, user, organization.CreateService(user), null);
            return;
        }
        var answer = http.Response.Body;
        http.Response.Body = new MemoryStream();
        await endpoint.ServeAsync(http, user, organization.CreateService(user), null);
        http.Response.Body = answer;
        http.Abort();
    }

    private bool Authenticated(HttpContext http, out Guid user)
    {
        user = Guid.Empty;
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && tokens.TryGetUser(header.Substring(Scheme.Length).Trim(), out user);
    }
}
