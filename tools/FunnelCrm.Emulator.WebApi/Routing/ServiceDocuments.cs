using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.OData.Edm.Csdl;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>The service document (the entity sets) and the CSDL <c>$metadata</c> document.</summary>
public static class ServiceDocuments
{
    /// <summary>GET the service root.</summary>
    public static Task WriteServiceDocumentAsync(ApiRequest api) => JsonResponse.WriteAsync(api.Http, 200, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.context", api.ServiceRoot + "$metadata");
        writer.WriteStartArray("value");
        foreach (var table in api.Model.Catalog.Tables.Values.OrderBy(t => t.EntitySetName, System.StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("name", table.EntitySetName);
            writer.WriteString("kind", "EntitySet");
            writer.WriteString("url", table.EntitySetName);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        return Task.CompletedTask;
    });

    /// <summary>GET <c>$metadata</c>.</summary>
    public static async Task WriteMetadataAsync(ApiRequest api)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false }))
        {
            if (!CsdlWriter.TryWriteCsdl(api.Model.Edm, xml, CsdlTarget.OData, out var errors))
            {
                throw WebApiException.BadRequest("The metadata document could not be written: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }
        api.Http.Response.StatusCode = 200;
        api.Http.Response.ContentType = "application/xml";
        api.Http.Response.Headers["OData-Version"] = "4.0";
        buffer.Position = 0;
        await buffer.CopyToAsync(api.Http.Response.Body, api.Http.RequestAborted);
    }
}
