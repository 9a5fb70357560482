using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Json;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// Writes an organization response as the Web API returns an action's or function's result: nothing (204) when it has
/// no output; a collection of records (<c>#Collection(Microsoft.Dynamics.CRM.crmbaseentity)</c>) when its one output
/// is a list of records, as QualifyLead's; otherwise the <c>{Name}Response</c> complex type with one property per output.
/// </summary>
public static class ActionResponses
{
    /// <summary>Writes the response of <paramref name="name"/>.</summary>
    public static Task WriteAsync(ApiRequest api, string name, ParameterCollection results)
    {
        if (results.Count == 0)
        {
            JsonResponse.NoContent(api.Http);
            return Task.CompletedTask;
        }
        return JsonResponse.WriteAsync(api.Http, 200, writer =>
        {
            writer.WriteStartObject();
            if (results.Count == 1 && results.Values.Single() is EntityReferenceCollection or EntityCollection)
            {
                writer.WriteString("@odata.context", api.ServiceRoot + "$metadata#Collection(" + ApiModel.Namespace + ".crmbaseentity)");
                writer.WritePropertyName("value");
                Write(api, writer, results.Values.Single());
            }
            else
            {
                writer.WriteString("@odata.context", api.ServiceRoot + "$metadata#" + ApiModel.Namespace + "." + name + "Response");
                foreach (var pair in results)
                {
                    writer.WritePropertyName(pair.Key);
                    Write(api, writer, pair.Value);
                }
            }
            writer.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    private static void Write(ApiRequest api, Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case EntityReference reference when api.Model.Table(reference.LogicalName) is { } table:
                writer.WriteStartObject();
                writer.WriteString("@odata.type", "#" + ApiModel.Namespace + "." + reference.LogicalName);
                writer.WriteString(table.PrimaryIdColumn, reference.Id.ToString("D"));
                writer.WriteEndObject();
                break;
            case EntityReferenceCollection references:
                writer.WriteStartArray();
                foreach (var reference in references)
                {
                    Write(api, writer, reference);
                }
                writer.WriteEndArray();
                break;
            case Entity entity when api.Model.Table(entity.LogicalName) is { } table:
                writer.WriteStartObject();
                writer.WriteString("@odata.type", "#" + ApiModel.Namespace + "." + entity.LogicalName);
                api.Writer.WriteProperties(writer, entity, new RecordShape(table, table.Columns.Values.Where(c => entity.Contains(c.LogicalName)).ToList(), Array.Empty<Expansion>()));
                writer.WriteEndObject();
                break;
            case EntityCollection entities:
                writer.WriteStartArray();
                foreach (var entity in entities.Entities)
                {
                    Write(api, writer, entity);
                }
                writer.WriteEndArray();
                break;
            case string[] texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text);
                }
                writer.WriteEndArray();
                break;
            case Guid[] ids:
                writer.WriteStartArray();
                foreach (var id in ids)
                {
                    writer.WriteStringValue(id.ToString("D"));
                }
                writer.WriteEndArray();
                break;
            default:
                JsonValues.Write(writer, value);
                break;
        }
    }
}
