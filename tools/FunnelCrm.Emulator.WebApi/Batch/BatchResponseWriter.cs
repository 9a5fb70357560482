using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FunnelCrm.Emulator.WebApi.Batch;

/// <summary>Writes the multipart/mixed batch response: each part a full HTTP response, change sets nested with their own boundary.</summary>
public sealed class BatchResponseWriter
{
    private readonly StringBuilder text = new();

    /// <summary>A writer for parts between <paramref name="boundary"/> lines.</summary>
    public BatchResponseWriter(string boundary)
    {
        Boundary = boundary;
    }

    /// <summary>The boundary.</summary>
    public string Boundary { get; }

    /// <summary>Whether no part was written.</summary>
    public bool IsEmpty => text.Length == 0;

    /// <summary>Appends one response part.</summary>
    public void Add(HttpContext response, string? contentId)
    {
        text.Append("--").Append(Boundary).Append("\r\n");
        text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId != null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }
        text.Append("\r\n");
        var status = response.Response.StatusCode;
        text.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(ReasonPhrases.GetReasonPhrase(status)).Append("\r\n");
        foreach (var header in response.Response.Headers.Where(h => h.Key != "Content-Length"))
        {
            text.Append(header.Key).Append(": ").Append(header.Value.ToString()).Append("\r\n");
        }
        text.Append("\r\n");
        var body = (MemoryStream)response.Response.Body;
        text.Append(Encoding.UTF8.GetString(body.ToArray())).Append("\r\n");
    }

    /// <summary>Appends a change set's parts as one nested multipart part.</summary>
    public void Add(BatchResponseWriter changeSet)
    {
        text.Append("--").Append(Boundary).Append("\r\n");
        text.Append("Content-Type: multipart/mixed; boundary=").Append(changeSet.Boundary).Append("\r\n\r\n");
        text.Append(changeSet.Close());
    }

    /// <summary>The parts and the closing boundary.</summary>
    public string Close() => text + "--" + Boundary + "--\r\n";

    /// <summary>A new boundary of the given kind (<c>batchresponse</c>, <c>changesetresponse</c>).</summary>
    public static string NewBoundary(string kind) => kind + "_" + Guid.NewGuid().ToString("D");
}
