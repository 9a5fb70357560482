using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>
/// Errors in Dataverse's shape: <c>{"error":{"code":"0x...","message":"..."}}</c> with
/// <c>application/json; odata.metadata=minimal</c>, the HTTP status Dataverse gives the fault, and with
/// <c>odata.include-annotations</c> the plug-in's OperationStatus, SubErrorCode, help link and trace.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The content type of every error.</summary>
    public const string ContentType = "application/json; odata.metadata=minimal";

    /// <summary>Writes an organization service fault.</summary>
    public static Task WriteAsync(HttpContext context, OrganizationServiceFaultException fault, Preferences preferences) =>
        WriteAsync(context, StatusOf(fault.Detail.ErrorCode), fault.Detail, preferences);

    /// <summary>Writes a refusal of the Web API layer.</summary>
    public static Task WriteAsync(HttpContext context, WebApiException refusal) =>
        WriteBodyAsync(context, refusal.Status, refusal.Code, refusal.Message, null, Preferences.None);

    /// <summary>Writes an OData parse error (unknown property, malformed query) as Dataverse does: 400, 0x80060888.</summary>
    public static Task WriteAsync(HttpContext context, ODataException parse) =>
        WriteBodyAsync(context, 400, WebApiException.ODataErrorCode, parse.Message, null, Preferences.None);

    /// <summary>The error code as the Web API prints it: 0x and eight hex digits.</summary>
    public static string Hex(int code) => "0x" + code.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The HTTP status Dataverse answers a fault code with.</summary>
    public static int StatusOf(int code) => code switch
    {
        ErrorCodes.ObjectDoesNotExist => 404,
        ErrorCodes.PrivilegeDenied => 403,
        ErrorCodes.ConcurrencyVersionMismatch or ErrorCodes.DuplicateRecord or ErrorCodes.DuplicateRecordEntityKey => 412,
        ErrorCodes.NotSupported => 501,
        ErrorCodes.UnexpectedPluginException or ErrorCodes.SqlTimeout or ErrorCodes.TransactionAborted => 500,
        _ => 400,
    };

    private static Task WriteAsync(HttpContext context, int status, OrganizationServiceFault fault, Preferences preferences)
    {
        var fromPlugin = fault.ErrorDetails.ContainsKey(PluginFaults.SubErrorCodeDetail);
        var code = fromPlugin ? ErrorCodes.IsvAborted : fault.ErrorCode;
        return WriteBodyAsync(context, status, Hex(code), fault.Message ?? "", fault, preferences);
    }

    private static async Task WriteBodyAsync(HttpContext context, int status, string code, string message, OrganizationServiceFault? fault, Preferences preferences)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.Headers["OData-Version"] = "4.0";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonResponse.Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            if (fault != null)
            {
                WriteDetails(writer, fault, code, preferences);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static void WriteDetails(Utf8JsonWriter writer, OrganizationServiceFault fault, string code, Preferences preferences)
    {
        if (fault.ErrorDetails.TryGetValue(PluginFaults.OperationStatusDetail, out var status) && preferences.Wants("Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus"))
        {
            writer.WriteString("@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus", System.Convert.ToString(status, CultureInfo.InvariantCulture));
        }
        if (fault.ErrorDetails.TryGetValue(PluginFaults.SubErrorCodeDetail, out var sub) && preferences.Wants("Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode"))
        {
            writer.WriteString("@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode", System.Convert.ToString(sub, CultureInfo.InvariantCulture));
        }
        if (preferences.Wants("Microsoft.PowerApps.CDS.HelpLink"))
        {
            writer.WriteString("@Microsoft.PowerApps.CDS.HelpLink",
                "http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a" + code.Substring(2) + "&client=platform");
        }
        if (!string.IsNullOrEmpty(fault.TraceText) && preferences.Wants("Microsoft.PowerApps.CDS.TraceText"))
        {
            writer.WriteString("@Microsoft.PowerApps.CDS.TraceText", fault.TraceText);
        }
        if (preferences.Wants("Microsoft.PowerApps.CDS.InnerError.Message"))
        {
            writer.WriteString("@Microsoft.PowerApps.CDS.InnerError.Message", fault.Message);
        }
    }
}
