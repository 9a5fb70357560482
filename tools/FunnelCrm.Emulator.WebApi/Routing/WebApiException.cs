using System;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>A request the Web API refuses: the HTTP status and the error body's code and message, as Dataverse sends them.</summary>
public sealed class WebApiException : Exception
{
    /// <summary>Describes a refusal.</summary>
    public WebApiException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The error code (<c>0x8006088</c>...), or "".</summary>
    public string Code { get; }

    /// <summary>A 400 for a request the OData layer cannot read (Dataverse's code 0x80060888).</summary>
    public static WebApiException BadRequest(string message) => new(400, ODataErrorCode, message);

    /// <summary>A 404 for a path segment that names nothing.</summary>
    public static WebApiException NotFound(string segment) => new(404, ODataErrorCode, $"Resource not found for the segment '{segment}'.");

    /// <summary>A 405 for a method the resource does not accept.</summary>
    public static WebApiException MethodNotAllowed(string method, string path) =>
        new(405, ODataErrorCode, $"The HTTP method '{method}' is not allowed for the resource '{path}'.");

    /// <summary>A 501 for what Dataverse does but the emulator's Web API does not.</summary>
    public static WebApiException NotImplemented(string what) => new(501, "0x80040216", $"The emulator's Web API does not support {what}.");

    /// <summary>The code Dataverse gives errors of its OData layer (unknown properties, malformed queries, bad keys).</summary>
    public const string ODataErrorCode = "0x80060888";
}
