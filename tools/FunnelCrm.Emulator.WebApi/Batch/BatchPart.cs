using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FunnelCrm.Emulator.WebApi.Routing;

namespace FunnelCrm.Emulator.WebApi.Batch;

/// <summary>One request of a batch: the <c>application/http</c> part's request line, headers, body and Content-ID.</summary>
public sealed class BatchPart
{
    private BatchPart(string method, string url, List<KeyValuePair<string, string>> headers, byte[] body, string? contentId)
    {
        Method = method;
        Url = url;
        Headers = headers;
        Body = body;
        ContentId = contentId;
    }

    /// <summary>The method.</summary>
    public string Method { get; }

    /// <summary>The URL as written (absolute, rooted, or starting with a <c>$n</c> Content-ID reference).</summary>
    public string Url { get; }

    /// <summary>The request's headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body.</summary>
    public byte[] Body { get; }

    /// <summary>The part's Content-ID, if any.</summary>
    public string? ContentId { get; }

    /// <summary>Reads the embedded HTTP request of a part.</summary>
    public static BatchPart Read(byte[] content, string? contentId)
    {
        var text = Encoding.UTF8.GetString(content);
        using var reader = new StringReader(text);
        var requestLine = reader.ReadLine();
        while (requestLine != null && requestLine.Trim().Length == 0)
        {
            requestLine = reader.ReadLine();
        }
        var parts = (requestLine ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            throw WebApiException.BadRequest("A batch part does not start with a request line such as 'POST /api/data/v9.2/accounts HTTP/1.1'.");
        }
        var headers = new List<KeyValuePair<string, string>>();
        for (var line = reader.ReadLine(); !string.IsNullOrEmpty(line); line = reader.ReadLine())
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.Add(new KeyValuePair<string, string>(line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim()));
            }
        }
        var body = reader.ReadToEnd();
        var url = parts.Length > 2 && parts[^1].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            ? string.Join(" ", parts, 1, parts.Length - 2)
            : string.Join(" ", parts, 1, parts.Length - 1);
        return new BatchPart(parts[0].ToUpperInvariant(), url, headers, Encoding.UTF8.GetBytes(body.Trim()), contentId);
    }
}
