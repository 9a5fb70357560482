using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FunnelCrm.Dataverse.Batch;

/// <summary>Reads a <c>$batch</c> answer: the multipart parts (change set answers included), each an embedded HTTP response.</summary>
public static class BatchResponseReader
{
    /// <summary>The answers, in request order.</summary>
    public static async Task<IReadOnlyList<BatchResult>> ReadAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var results = new List<BatchResult>();
        await using var body = await response.Content.ReadAsStreamAsync(cancellation);
        await ReadPartsAsync(Boundary(response.Content.Headers.ContentType?.ToString()), body, results, cancellation);
        return results;
    }

    private static async Task ReadPartsAsync(string boundary, Stream body, List<BatchResult> results, CancellationToken cancellation)
    {
        var reader = new MultipartReader(boundary, body);
        for (var section = await reader.ReadNextSectionAsync(cancellation); section != null; section = await reader.ReadNextSectionAsync(cancellation))
        {
            if (section.ContentType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) == true)
            {
                await ReadPartsAsync(Boundary(section.ContentType), section.Body, results, cancellation);
                continue;
            }
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            results.Add(Parse(await text.ReadToEndAsync(cancellation)));
        }
    }

    private static BatchResult Parse(string http)
    {
        using var lines = new StringReader(http);
        var statusLine = lines.ReadLine() ?? "";
        var parts = statusLine.Split(' ', 3);
        var status = parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : throw new InvalidDataException($"A $batch answer part has no status line: '{statusLine}'.");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = lines.ReadLine(); !string.IsNullOrEmpty(line); line = lines.ReadLine())
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
        }
        return new BatchResult(status, headers, lines.ReadToEnd().Trim());
    }

    private static string Boundary(string? contentType)
    {
        var boundary = contentType != null && MediaTypeHeaderValue.TryParse(contentType, out var media) ? HeaderUtilities.RemoveQuotes(media.Boundary).Value : null;
        return string.IsNullOrEmpty(boundary) ? throw new InvalidDataException("The $batch answer names no multipart boundary.") : boundary;
    }
}
