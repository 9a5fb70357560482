using System;
using System.Threading.Tasks;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Json;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Query;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// One record: GET (with <c>If-None-Match</c> giving 304 when unchanged), POST to the entity set (204 with
/// <c>OData-EntityId</c>, or 201 with the record under <c>return=representation</c>), PATCH as upsert (<c>If-Match: *</c>
/// prevents create, <c>If-None-Match: *</c> prevents update, <c>If-Match: W/"v"</c> applies optimistic concurrency),
/// DELETE (with optional <c>If-Match</c>), and one property (GET, PUT, DELETE).
/// </summary>
public static class RecordRequests
{
    private const string DuplicateMessage = "A record with matching key values already exists.";

    /// <summary>GET a record.</summary>
    public static async Task GetAsync(ApiRequest api, ResourcePath path)
    {
        var table = path.RequiredTable;
        var shape = QueryOptions.ShapeOf(api.Model, table, api.Http.Request.Query);
        var entity = Retrieve(api, RecordKeys.Reference(table, path.Key!), shape);
        var ifNoneMatch = api.Http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch == RecordWriter.ETag(entity.RowVersion) && shape.Expansions.Count == 0 && !api.Preferences.AnyAnnotations)
        {
            api.Http.Response.StatusCode = 304;
            api.Http.Response.Headers["OData-Version"] = "4.0";
            return;
        }
        await WriteRecordAsync(api, 200, table, entity, shape, shape.ContextSelect);
    }

    /// <summary>POST a new record to its entity set.</summary>
    public static async Task CreateAsync(ApiRequest api, TableMetadata table)
    {
        var entity = api.Reader.Read(table, await api.BodyAsync());
        var id = (Guid)api.Service.Execute(new CreateRequest { Target = entity }).Results["id"];
        await RespondWrittenAsync(api, table, id, created: true);
    }

    /// <summary>PATCH: update, create or upsert, by the conditional headers.</summary>
    public static async Task PatchAsync(ApiRequest api, ResourcePath path)
    {
        var table = path.RequiredTable;
        var reference = RecordKeys.Reference(table, path.Key!);
        var entity = api.Reader.Read(table, await api.BodyAsync());
        entity.Id = reference.Id;
        foreach (var key in reference.KeyAttributes)
        {
            entity.KeyAttributes[key.Key] = key.Value;
        }
        var ifMatch = api.Http.Request.Headers.IfMatch.ToString();
        var ifNoneMatch = api.Http.Request.Headers.IfNoneMatch.ToString();
        Guid id;
        if (ifMatch.Length > 0)
        {
            var update = new UpdateRequest { Target = entity };
            if (ifMatch != "*")
            {
                entity.RowVersion = RowVersion(ifMatch);
                update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            }
            api.Service.Execute(update);
            id = api.Locate(reference).Id;
        }
        else if (ifNoneMatch == "*")
        {
            if (Exists(api, reference))
            {
                throw new WebApiException(412, ErrorResponses.Hex(ErrorCodes.DuplicateRecord), DuplicateMessage);
            }
            foreach (var key in reference.KeyAttributes)
            {
                entity[key.Key] = key.Value;
            }
            entity.KeyAttributes.Clear();
            id = (Guid)api.Service.Execute(new CreateRequest { Target = entity }).Results["id"];
        }
        else
        {
            var response = (UpsertResponse)api.Service.Execute(new UpsertRequest { Target = entity });
            id = response.Target.Id;
        }
        await RespondWrittenAsync(api, table, id, created: false);
    }

    /// <summary>DELETE a record.</summary>
    public static Task DeleteAsync(ApiRequest api, ResourcePath path)
    {
        var table = path.RequiredTable;
        var reference = api.Locate(RecordKeys.Reference(table, path.Key!));
        var ifMatch = api.Http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && ifMatch != "*")
        {
            var current = Retrieve(api, reference, new RecordShape(table, Array.Empty<ColumnMetadata>(), Array.Empty<Expansion>()));
            if (current.RowVersion != RowVersion(ifMatch))
            {
                throw new WebApiException(412, ErrorResponses.Hex(ErrorCodes.ConcurrencyVersionMismatch),
                    "The version of the existing record doesn't match the RowVersion property provided.");
            }
        }
        api.Service.Execute(new DeleteRequest { Target = reference });
        JsonResponse.NoContent(api.Http);
        return Task.CompletedTask;
    }

    /// <summary>GET, PUT or DELETE one property of a record.</summary>
    public static async Task PropertyAsync(ApiRequest api, ResourcePath path, string method)
    {
        var table = path.RequiredTable;
        var column = ApiModel.ColumnOfProperty(table, path.Property!) ?? throw WebApiException.NotFound(path.Property!);
        var reference = RecordKeys.Reference(table, path.Key!);
        switch (method)
        {
            case "GET":
                var entity = Retrieve(api, reference, new RecordShape(table, new[] { column }, Array.Empty<Expansion>()));
                entity.Attributes.TryGetValue(column.LogicalName, out var value);
                await JsonResponse.WriteAsync(api.Http, 200, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("@odata.context", api.ServiceRoot + "$metadata#" + table.EntitySetName + "(" + entity.Id.ToString("D") + ")/" + path.Property);
                    writer.WritePropertyName("value");
                    JsonValues.Write(writer, value);
                    writer.WriteEndObject();
                    return Task.CompletedTask;
                });
                return;
            case "PUT":
            case "DELETE":
                if (ApiModel.IsLookup(column))
                {
                    throw WebApiException.BadRequest($"The lookup property '{path.Property}' cannot be set on its own: use its navigation property.");
                }
                var body = method == "PUT" ? await api.BodyAsync() : default;
                var update = new Entity(table.LogicalName) { Id = reference.Id, KeyAttributes = reference.KeyAttributes };
                update[column.LogicalName] = method == "PUT"
                    ? RecordReader.Value(column, body.TryGetProperty("value", out var sent) ? sent : throw WebApiException.BadRequest("The body must be {\"value\": ...}."))
                    : null;
                api.Service.Execute(new UpdateRequest { Target = update });
                JsonResponse.NoContent(api.Http);
                return;
            default:
                throw WebApiException.MethodNotAllowed(method, path.Property!);
        }
    }

    /// <summary>The row version in an ETag (<c>W/"123"</c> gives 123).</summary>
    public static string RowVersion(string etag)
    {
        var value = etag.StartsWith("W/", StringComparison.Ordinal) ? etag.Substring(2) : etag;
        return value.Trim('"');
    }

    /// <summary>Whether the row exists, asked with a query (a failed Retrieve would doom a change set's transaction).</summary>
    private static bool Exists(ApiRequest api, EntityReference reference)
    {
        var table = api.Model.Table(reference.LogicalName)!;
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        if (reference.Id != Guid.Empty)
        {
            query.Criteria.AddCondition(table.PrimaryIdColumn, ConditionOperator.Equal, reference.Id);
        }
        foreach (var key in reference.KeyAttributes)
        {
            query.Criteria.AddCondition(key.Key, ConditionOperator.Equal, key.Value);
        }
        return api.Service.RetrieveMultiple(query).Entities.Count > 0;
    }

    private static Entity Retrieve(ApiRequest api, EntityReference reference, RecordShape shape) =>
        (Entity)api.Service.Execute(new RetrieveRequest { Target = reference, ColumnSet = shape.ColumnSet }).Results["Entity"];

    private static async Task RespondWrittenAsync(ApiRequest api, TableMetadata table, Guid id, bool created)
    {
        var url = RecordKeys.Url(api.ServiceRoot, table, id);
        if (!api.Preferences.ReturnRepresentation)
        {
            JsonResponse.NoContent(api.Http);
            api.Http.Response.Headers["OData-EntityId"] = url;
            if (api.Http.Items.ContainsKey(BatchItems.InBatch))
            {
                api.Http.Response.Headers.Location = url;
            }
            return;
        }
        var shape = QueryOptions.ShapeOf(api.Model, table, api.Http.Request.Query);
        var entity = Retrieve(api, new EntityReference(table.LogicalName, id), shape);
        api.Http.Response.Headers["Preference-Applied"] = "return=representation";
        await WriteRecordAsync(api, created ? 201 : 200, table, entity, shape, shape.Expansions.Count == 0 ? "" : shape.ContextSelect);
    }

    private static Task WriteRecordAsync(ApiRequest api, int status, TableMetadata table, Entity entity, RecordShape shape, string contextSelect)
    {
        if (api.Preferences.AnnotationText is { } annotations)
        {
            api.Http.Response.Headers["Preference-Applied"] = "odata.include-annotations=\"" + annotations + "\"";
        }
        return JsonResponse.WriteAsync(api.Http, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", api.ServiceRoot + "$metadata#" + table.EntitySetName + contextSelect + "/$entity");
            api.Writer.WriteProperties(writer, entity, shape);
            writer.WriteEndObject();
            return Task.CompletedTask;
        });
    }
}
