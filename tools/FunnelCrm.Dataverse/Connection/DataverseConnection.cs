using System;
using System.Collections;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;

namespace FunnelCrm.Dataverse.Connection;

/// <summary>
/// Where the organization is and how to sign in, from a connection string in the format Dataverse.Client users write
/// (<c>AuthType=ClientSecret;Url=https://org.crm.dynamics.com;ClientId=...;ClientSecret=...</c>, <c>AuthType=OAuth;...;LoginPrompt=Auto</c>,
/// <c>AuthType=Certificate;...;Thumbprint=...</c>; keys in any order and case, with their documented aliases) plus the
/// kinds Dataverse.Client has no key for (<c>AuthType=Token;Url=...;Token=...</c>, <c>DeviceCode</c>, <c>ManagedIdentity</c>,
/// <c>AzureCli</c>), or from the environment (<c>DATAVERSE_CONNECTION</c>, else <c>DATAVERSE_URL</c>, <c>DATAVERSE_AUTH</c>,
/// <c>DATAVERSE_CLIENT_ID</c>, <c>DATAVERSE_CLIENT_SECRET</c>, <c>DATAVERSE_TENANT_ID</c>, <c>DATAVERSE_CERTIFICATE_THUMBPRINT</c>,
/// <c>DATAVERSE_CERTIFICATE_PATH</c>, <c>DATAVERSE_CERTIFICATE_PASSWORD</c>, <c>DATAVERSE_TOKEN</c>). Messages never show a secret.
/// </summary>
public sealed class DataverseConnection
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["url"] = "Url", ["serviceuri"] = "Url", ["service uri"] = "Url", ["server"] = "Url",
        ["authtype"] = "AuthType", ["authenticationtype"] = "AuthType",
        ["clientid"] = "ClientId", ["appid"] = "ClientId", ["applicationid"] = "ClientId",
        ["clientsecret"] = "ClientSecret", ["secret"] = "ClientSecret",
        ["tenantid"] = "TenantId", ["tenant"] = "TenantId",
        ["thumbprint"] = "Thumbprint", ["certthumbprint"] = "Thumbprint", ["storename"] = "StoreName", ["certificatestorename"] = "StoreName",
        ["certificatepath"] = "CertificatePath", ["certificatepassword"] = "CertificatePassword",
        ["redirecturi"] = "RedirectUri", ["replyurl"] = "RedirectUri", ["loginprompt"] = "LoginPrompt", ["tokencachestorepath"] = "TokenCacheStorePath",
        ["token"] = "Token", ["username"] = "Username", ["user name"] = "Username", ["password"] = "Password",
        ["requirenewinstance"] = "RequireNewInstance", ["skipdiscovery"] = "SkipDiscovery", ["domain"] = "Domain", ["homerealmuri"] = "HomeRealmUri",
        ["integrated security"] = "IntegratedSecurity",
    };

    private readonly Dictionary<string, string> values;

    private DataverseConnection(Uri url, AuthenticationKind kind, Dictionary<string, string> values, string shown)
    {
        Url = url;
        Kind = kind;
        this.values = values;
        Shown = shown;
    }

    /// <summary>The organization's URL (<c>https://org.crm.dynamics.com/</c>).</summary>
    public Uri Url { get; }

    /// <summary>How to sign in.</summary>
    public AuthenticationKind Kind { get; }

    /// <summary>The connection as it may be shown: every secret replaced by ***.</summary>
    public string Shown { get; }

    /// <summary>The application (client) id.</summary>
    public string? ClientId => Value("ClientId");

    /// <summary>The client secret.</summary>
    public string? ClientSecret => Value("ClientSecret");

    /// <summary>The Entra tenant, when given (else found from the organization's 401 challenge).</summary>
    public string? TenantId => Value("TenantId");

    /// <summary>The certificate's thumbprint.</summary>
    public string? Thumbprint => Value("Thumbprint");

    /// <summary>The certificate store name (default My).</summary>
    public string StoreName => Value("StoreName") ?? "My";

    /// <summary>A certificate file (PFX or PEM) instead of a store.</summary>
    public string? CertificatePath => Value("CertificatePath");

    /// <summary>The certificate file's password.</summary>
    public string? CertificatePassword => Value("CertificatePassword");

    /// <summary>The redirect URI of a public client.</summary>
    public string? RedirectUri => Value("RedirectUri");

    /// <summary>The bearer token of <see cref="AuthenticationKind.Token"/>.</summary>
    public string? Token => Value("Token");

    /// <summary>The token scope: <c>https://&lt;org&gt;/.default</c>.</summary>
    public string Scope => Url.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>The Web API's service root (<c>https://org/api/data/v9.2/</c>).</summary>
    public Uri ServiceRoot => new(Url, "api/data/v9.2/");

    /// <summary>Reads a connection string.</summary>
    public static DataverseConnection Parse(string connectionString)
    {
        var shown = SecretRedaction.Redact(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            throw new DataverseInputException($"The connection string is malformed (expected Key=Value pairs separated by ';'): {shown}");
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in (IDictionary)builder)
        {
            var key = (string)entry.Key;
            if (!Aliases.TryGetValue(key, out var canonical))
            {
                throw new DataverseInputException($"The connection string has an unknown key '{key}': {shown}");
            }
            values[canonical] = Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        return Build(values, shown, "the connection string");
    }

    /// <summary>
    /// The connection a command uses: <paramref name="connectionString"/> when given, else <c>DATAVERSE_CONNECTION</c>, else the
    /// <c>DATAVERSE_*</c> variables of <paramref name="environment"/>.
    /// </summary>
    public static DataverseConnection Resolve(string? connectionString, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return Parse(connectionString);
        }
        string? Variable(string name) => environment(name) is { Length: > 0 } value ? value : null;
        if (Variable("DATAVERSE_CONNECTION") is { } whole)
        {
            return Parse(whole);
        }
        if (Variable("DATAVERSE_URL") == null)
        {
            throw new DataverseInputException("No connection: pass --connection \"AuthType=...;Url=https://<org>.crm.dynamics.com;...\" or set DATAVERSE_URL (with DATAVERSE_AUTH and its variables) or DATAVERSE_CONNECTION.");
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (variable, key) in new[]
        {
            ("DATAVERSE_URL", "Url"), ("DATAVERSE_AUTH", "AuthType"), ("DATAVERSE_CLIENT_ID", "ClientId"), ("DATAVERSE_CLIENT_SECRET", "ClientSecret"),
            ("DATAVERSE_TENANT_ID", "TenantId"), ("DATAVERSE_CERTIFICATE_THUMBPRINT", "Thumbprint"), ("DATAVERSE_CERTIFICATE_PATH", "CertificatePath"),
            ("DATAVERSE_CERTIFICATE_PASSWORD", "CertificatePassword"), ("DATAVERSE_REDIRECT_URI", "RedirectUri"), ("DATAVERSE_TOKEN", "Token"),
        })
        {
            if (Variable(variable) is { } value)
            {
                values[key] = value;
            }
        }
        if (!values.ContainsKey("AuthType"))
        {
            values["AuthType"] = values.ContainsKey("Token") ? "Token"
                : values.ContainsKey("ClientSecret") ? "ClientSecret"
                : values.ContainsKey("Thumbprint") || values.ContainsKey("CertificatePath") ? "Certificate"
                : throw new DataverseInputException("DATAVERSE_URL is set but not how to sign in: set DATAVERSE_AUTH (ClientSecret, Certificate, OAuth, DeviceCode, ManagedIdentity, AzureCli or Token) or the variables of one of them.");
        }
        var shown = string.Join(";", values.Select(v => v.Key + "=" + v.Value));
        return Build(values, SecretRedaction.Redact(shown), "the DATAVERSE_* variables");
    }

    private static DataverseConnection Build(Dictionary<string, string> values, string shown, string source)
    {
        string Required(string key, string why) => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new DataverseInputException($"{char.ToUpperInvariant(source[0])}{source.Substring(1)} lacks {key} ({why}): {shown}");
        var url = Required("Url", "the organization's address, e.g. https://contoso.crm4.dynamics.com");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http") || address.Host.Length == 0)
        {
            throw new DataverseInputException($"The Url '{url}' is not an https address of an organization (e.g. https://contoso.crm4.dynamics.com): {shown}");
        }
        if (address.Scheme == "http" && !address.IsLoopback)
        {
            throw new DataverseInputException($"The Url '{url}' must use https (plain http only for a local emulator on 127.0.0.1): {shown}");
        }
        var authType = Required("AuthType", "ClientSecret, Certificate, OAuth, DeviceCode, ManagedIdentity, AzureCli or Token");
        AuthenticationKind kind;
        switch (authType.ToLowerInvariant())
        {
            case "clientsecret":
                kind = AuthenticationKind.ClientSecret;
                Required("ClientId", "the application's id");
                Required("ClientSecret", "the application's secret");
                break;
            case "certificate":
                kind = AuthenticationKind.Certificate;
                Required("ClientId", "the application's id");
                if (!values.ContainsKey("Thumbprint") && !values.ContainsKey("CertificatePath"))
                {
                    throw new DataverseInputException($"{char.ToUpperInvariant(source[0])}{source.Substring(1)} lacks Thumbprint (or CertificatePath) for AuthType=Certificate: {shown}");
                }
                break;
            case "oauth":
                if (values.ContainsKey("Username") || values.ContainsKey("Password"))
                {
                    throw new DataverseInputException($"AuthType=OAuth with Username and Password (the resource owner password flow) is not supported: sign in interactively (AuthType=OAuth without them) or with AuthType=DeviceCode: {shown}");
                }
                kind = AuthenticationKind.InteractiveBrowser;
                break;
            case "devicecode":
                kind = AuthenticationKind.DeviceCode;
                break;
            case "managedidentity":
                kind = AuthenticationKind.ManagedIdentity;
                break;
            case "azurecli":
                kind = AuthenticationKind.AzureCli;
                break;
            case "token":
                kind = AuthenticationKind.Token;
                Required("Token", "the bearer token");
                break;
            case "office365" or "ad" or "ifd":
                throw new DataverseInputException($"AuthType={authType} is not supported (Office365 is deprecated; AD and IFD are for on-premises servers): use ClientSecret, Certificate, OAuth or DeviceCode: {shown}");
            default:
                throw new DataverseInputException($"AuthType '{authType}' is not one of ClientSecret, Certificate, OAuth, DeviceCode, ManagedIdentity, AzureCli, Token: {shown}");
        }
        return new DataverseConnection(new Uri(address.GetLeftPart(UriPartial.Authority) + "/"), kind, values, shown);
    }

    private string? Value(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
