using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using FunnelCrm.Dataverse.Connection;

namespace FunnelCrm.Dataverse.Auth;

/// <summary>
/// The Azure.Identity credential of a connection: ClientSecretCredential, ClientCertificateCredential (a thumbprint in
/// the CurrentUser or LocalMachine store, or a file), InteractiveBrowserCredential, DeviceCodeCredential (the code is
/// written to the given writer), ManagedIdentityCredential, AzureCliCredential, or the given token. The tenant, when
/// the connection does not name it, is read from the organization's 401 challenge
/// (<c>WWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/authorize</c>),
/// which also tells an organization from an address that is not one.
/// </summary>
public static partial class Credentials
{
    /// <summary>The credential for <paramref name="connection"/>.</summary>
    public static async Task<TokenCredential> ForAsync(DataverseConnection connection, HttpMessageHandler probeHandler, TextWriter prompts, CancellationToken cancellation)
    {
        if (connection.Kind == AuthenticationKind.Token)
        {
            return new GivenTokenCredential(connection.Token!);
        }
        var tenant = connection.TenantId ?? await DiscoverTenantAsync(connection, probeHandler, cancellation);
        return connection.Kind switch
        {
            AuthenticationKind.ClientSecret => new ClientSecretCredential(tenant, connection.ClientId, connection.ClientSecret),
            AuthenticationKind.Certificate => new ClientCertificateCredential(tenant, connection.ClientId, Certificate(connection)),
            AuthenticationKind.InteractiveBrowser => new InteractiveBrowserCredential(new InteractiveBrowserCredentialOptions
            {
                TenantId = tenant, ClientId = connection.ClientId ?? PublicClientId,
                RedirectUri = connection.RedirectUri == null ? null : new Uri(connection.RedirectUri),
            }),
            AuthenticationKind.DeviceCode => new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                TenantId = tenant, ClientId = connection.ClientId ?? PublicClientId,
                DeviceCodeCallback = (code, _) => prompts.WriteLineAsync(code.Message),
            }),
            AuthenticationKind.ManagedIdentity => connection.ClientId == null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(connection.ClientId)),
            _ => new AzureCliCredential(new AzureCliCredentialOptions { TenantId = tenant }),
        };
    }

    /// <summary>
    /// The application id Microsoft's own samples use for public clients signing in to Dataverse (the one Dataverse.Client
    /// connection strings name as <c>AppId=51f81489-12ee-4a9e-aaae-a2591f45987d</c>).
    /// </summary>
    public const string PublicClientId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

    /// <summary>The tenant of the organization, from its 401 challenge; refuses an address that is not a Dataverse organization.</summary>
    public static async Task<string> DiscoverTenantAsync(DataverseConnection connection, HttpMessageHandler handler, CancellationToken cancellation)
    {
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(connection.ServiceRoot, cancellation);
        }
        catch (HttpRequestException unreachable)
        {
            throw new DataverseInputException($"{connection.Url} cannot be reached ({unreachable.Message}); check the Url: {connection.Shown}", unreachable);
        }
        using (response)
        {
            var challenge = response.StatusCode == HttpStatusCode.Unauthorized ? response.Headers.WwwAuthenticate.ToString() : "";
            var match = AuthorizationUri().Match(challenge);
            return match.Success
                ? match.Groups["tenant"].Value
                : throw new DataverseInputException($"{connection.Url} is not a Dataverse organization (no Web API sign-in challenge at {connection.ServiceRoot}); check the Url: {connection.Shown}");
        }
    }

    private static X509Certificate2 Certificate(DataverseConnection connection)
    {
        if (connection.CertificatePath is { } path)
        {
            try
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, connection.CertificatePassword);
            }
            catch (Exception unreadable) when (unreadable is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new DataverseInputException($"The certificate file '{path}' cannot be read ({unreadable.Message}): {connection.Shown}", unreadable);
            }
        }
        var thumbprint = connection.Thumbprint!.Replace(" ", "", StringComparison.Ordinal);
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(connection.StoreName, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue;
            }
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }
        throw new DataverseInputException($"No certificate with the thumbprint {thumbprint} is in the {connection.StoreName} store of the current user or the machine: {connection.Shown}");
    }

    [GeneratedRegex(@"authorization_uri=""?https://[^/\s""]+/(?<tenant>[^/\s""]+)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationUri();
}
