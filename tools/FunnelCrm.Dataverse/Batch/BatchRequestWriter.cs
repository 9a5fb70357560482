using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace FunnelCrm.Dataverse.Batch;

/// <summary>
/// Writes a <c>$batch</c> body as Microsoft documents it: <c>multipart/mixed; boundary="batch_&lt;id&gt;"</c>, each request an
/// <c>application/http</c> part with <c>Content-Transfer-Encoding: binary</c>, its request line with the rooted path (<c>POST /api/data/v9.2/accounts HTTP/1.1</c>),
/// <c>Content-Type: application/json; type=entry</c> and the JSON; writes inside one change set
/// (<c>changeset_&lt;id&gt;</c>, each with a Content-ID) when they must succeed or fail together.
/// </summary>
public static class BatchRequestWriter
{
    /// <summary>The most requests a batch may hold.</summary>
    public const int MaxOperations = 1000;

    /// <summary>The content of a batch of <paramref name="operations"/> against <paramref name="serviceRoot"/>.</summary>
    public static MultipartContent Write(Uri serviceRoot, IReadOnlyList<BatchOperation> operations, bool changeSet)
    {
        if (operations.Count is 0 or > MaxOperations)
        {
            throw new ArgumentOutOfRangeException(nameof(operations), $"A batch holds 1 to {MaxOperations} requests; {operations.Count} were given.");
        }
        var batch = new MultipartContent("mixed", "batch_" + Guid.NewGuid().ToString("N"));
        var target = batch;
        if (changeSet)
        {
            target = new MultipartContent("mixed", "changeset_" + Guid.NewGuid().ToString("N"));
            batch.Add(target);
        }
        for (var i = 0; i < operations.Count; i++)
        {
            target.Add(Part(serviceRoot, operations[i], changeSet ? i + 1 : null));
        }
        return batch;
    }

    private static ByteArrayContent Part(Uri serviceRoot, BatchOperation operation, int? contentId)
    {
        var text = new StringBuilder();
        text.Append(operation.Method.Method).Append(' ').Append(new Uri(serviceRoot, operation.Url).PathAndQuery).Append(" HTTP/1.1\r\n");
        foreach (var header in operation.Headers ?? new Dictionary<string, string>())
        {
            text.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }
        if (operation.Body != null)
        {
            text.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(operation.Body.ToJsonString());
        }
        text.Append("\r\n");
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString()));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/http");
        part.Headers.Add("Content-Transfer-Encoding", "binary");
        if (contentId is int id)
        {
            part.Headers.Add("Content-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return part;
    }
}
