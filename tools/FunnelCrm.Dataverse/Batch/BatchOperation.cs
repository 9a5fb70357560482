using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Nodes;

namespace FunnelCrm.Dataverse.Batch;

/// <summary>One request of a <c>$batch</c>: method, URL relative to the service root, JSON body and extra headers.</summary>
public sealed record BatchOperation(HttpMethod Method, string Url, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>The answer to one request of a <c>$batch</c>: its status, headers and body text.</summary>
public sealed record BatchResult(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Whether the request succeeded (2xx).</summary>
    public bool Succeeded => Status is >= 200 and < 300;
}
