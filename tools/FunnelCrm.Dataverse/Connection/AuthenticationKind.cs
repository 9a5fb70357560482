namespace FunnelCrm.Dataverse.Connection;

/// <summary>How the client signs in.</summary>
public enum AuthenticationKind
{
    /// <summary>An application with a client secret (<c>AuthType=ClientSecret</c>).</summary>
    ClientSecret,
    /// <summary>An application with a certificate (<c>AuthType=Certificate</c>, by thumbprint or file).</summary>
    Certificate,
    /// <summary>A person in a browser (<c>AuthType=OAuth</c>).</summary>
    InteractiveBrowser,
    /// <summary>A person with a device code (<c>AuthType=DeviceCode</c>).</summary>
    DeviceCode,
    /// <summary>The Azure resource's managed identity (<c>AuthType=ManagedIdentity</c>, optionally with a client id).</summary>
    ManagedIdentity,
    /// <summary>The Azure CLI's login (<c>AuthType=AzureCli</c>, after <c>az login</c>).</summary>
    AzureCli,
    /// <summary>A bearer token given as is (<c>AuthType=Token</c>, what <c>funnelcrm serve</c> prints).</summary>
    Token,
}
