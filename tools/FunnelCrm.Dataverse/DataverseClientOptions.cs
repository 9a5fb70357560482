using System;
using System.IO;
using System.Net.Http;
using Azure.Core;
using FunnelCrm.Dataverse.Resilience;

namespace FunnelCrm.Dataverse;

/// <summary>How a <see cref="DataverseClient"/> connects.</summary>
public sealed class DataverseClientOptions
{
    /// <summary>Service protection (concurrency, retries).</summary>
    public ServiceProtectionOptions Protection { get; init; } = new();

    /// <summary>The clock of token renewal and waits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where sign-in prompts (a device code) are written.</summary>
    public TextWriter Prompts { get; init; } = TextWriter.Null;

    /// <summary>The credential to use instead of the one the connection names (for hosts that issue their own tokens).</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>The handler that sends requests on the wire (default: a pooled SocketsHttpHandler); a test may put a recorder in front of it.</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }
}
