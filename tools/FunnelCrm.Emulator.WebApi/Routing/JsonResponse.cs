using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>Writes a JSON response body straight to the response stream (flushed asynchronously as it grows).</summary>
public static class JsonResponse
{
    /// <summary>The content type of Web API JSON responses.</summary>
    public const string ContentType = "application/json; odata.metadata=minimal";

    /// <summary>How Dataverse writes JSON: apostrophes, ampersands and the like as they are, not as \u escapes.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sets the status and headers, then lets <paramref name="write"/> write one JSON value.</summary>
    public static async Task WriteAsync(HttpContext http, int status, Func<Utf8JsonWriter, Task> write)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        http.Response.Headers["OData-Version"] = "4.0";
        await using var writer = new Utf8JsonWriter(http.Response.Body, Options);
        await write(writer);
        await writer.FlushAsync(http.RequestAborted);
    }

    /// <summary>A response without a body.</summary>
    public static void NoContent(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        http.Response.Headers["OData-Version"] = "4.0";
    }
}
