using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// The bulk actions bound to an entity set: <c>CreateMultiple</c> (200 with the created <c>Ids</c>),
/// <c>UpdateMultiple</c> and <c>UpsertMultiple</c> (204). Every item needs <c>@odata.type</c> naming the set's table.
/// On a standard table the items run in one transaction, all or nothing, and each fires the item message's steps
/// (Create, Update, Upsert), as Dataverse's merged pipelines do. Tables without the messages (activity parties, N:N
/// intersect tables) refuse them, and the host's sdkmessagefilters list the same tables.
/// </summary>
public static class BulkRequests
{
    /// <summary>The bulk messages and the per-item message each one runs.</summary>
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CreateMultiple"] = "Create", ["UpdateMultiple"] = "Update", ["UpsertMultiple"] = "Upsert",
    };

    /// <summary>Whether a table accepts the bulk messages.</summary>
    public static bool Supports(MetadataCatalog catalog, TableMetadata table) =>
        table.LogicalName != "activityparty" && !catalog.Relationships.Values.Any(r => r.IsManyToMany && r.IntersectTable == table.LogicalName);

    /// <summary>Runs one bulk action on <paramref name="table"/>.</summary>
    public static async Task ExecuteAsync(ApiRequest api, TableMetadata table, string message)
    {
        if (!Supports(api.Model.Catalog, table))
        {
            throw new WebApiException(400, ErrorResponses.Hex(ErrorCodes.NotSupported), $"The '{message}' method does not support entities of type '{table.LogicalName}'.");
        }
        var body = await api.BodyAsync();
        if (!body.TryGetProperty("Targets", out var targets) || targets.ValueKind != JsonValueKind.Array)
        {
            throw WebApiException.BadRequest($"Required field 'Targets' is missing for the {message} message.");
        }
        var entities = targets.EnumerateArray().Select(item => Target(api, table, item, message)).ToList();
        if (message == "UpsertMultiple")
        {
            RefuseDuplicateKeys(table, entities);
        }
        var ids = InOneTransaction(api, service => entities.Select(entity => Run(service, Messages[message], entity)).ToArray());
        if (message == "CreateMultiple")
        {
            var results = new ParameterCollection { ["Ids"] = ids };
            await ActionResponses.WriteAsync(api, message, results);
            return;
        }
        JsonResponse.NoContent(api.Http);
    }

    private static Entity Target(ApiRequest api, TableMetadata table, JsonElement item, string message)
    {
        var type = item.TryGetProperty("@odata.type", out var named) ? named.GetString()?.TrimStart('#') : null;
        if (type != ApiModel.Namespace + "." + table.LogicalName)
        {
            throw WebApiException.BadRequest(type == null
                ? $"Each item of Targets needs \"@odata.type\": \"{ApiModel.Namespace}.{table.LogicalName}\"."
                : $"The {message} items must all be '{ApiModel.Namespace}.{table.LogicalName}' records; one is '{type}'.");
        }
        var entity = api.Reader.Read(table, item);
        if (item.TryGetProperty("@odata.id", out var address))
        {
            var path = ResourcePath.Parse((address.GetString() ?? "").TrimStart('/'), api.Model);
            var reference = RecordKeys.Reference(path.RequiredTable, path.Key ?? throw WebApiException.BadRequest("@odata.id must address a record."));
            entity.Id = reference.Id;
            foreach (var key in reference.KeyAttributes)
            {
                entity.KeyAttributes[key.Key] = key.Value;
            }
        }
        if (entity.Contains(table.PrimaryIdColumn) && entity[table.PrimaryIdColumn] is Guid id)
        {
            entity.Id = id;
        }
        return entity;
    }

    private static void RefuseDuplicateKeys(TableMetadata table, List<Entity> entities)
    {
        var keys = entities.Select(e => e.Id != Guid.Empty
            ? e.Id.ToString()
            : string.Join("|", e.KeyAttributes.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + Convert.ToString(k.Value, System.Globalization.CultureInfo.InvariantCulture))));
        var duplicate = keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
        {
            throw new WebApiException(400, ErrorResponses.Hex(ErrorCodes.DuplicateRecord),
                $"The Targets of UpsertMultiple hold two {table.LogicalName} records with the same key ({duplicate.Key}).");
        }
    }

    private static Guid Run(IOrganizationService service, string message, Entity entity) => message switch
    {
        "Create" => (Guid)service.Execute(new CreateRequest { Target = entity }).Results["id"],
        "Update" => Updated(service, entity),
        _ => ((UpsertResponse)service.Execute(new UpsertRequest { Target = entity })).Target.Id,
    };

    private static Guid Updated(IOrganizationService service, Entity entity)
    {
        service.Execute(new UpdateRequest { Target = entity });
        return entity.Id;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: the change set's when inside one, else a new one committed at the end.</summary>
    public static T InOneTransaction<T>(ApiRequest api, Func<IOrganizationService, T> work)
    {
        if (api.Http.Items.ContainsKey(ChangeSetItems.Transaction))
        {
            return work(api.Service);
        }
        using var transaction = api.Organization.BeginTransaction(api.UserId);
        var result = work(transaction.Service);
        transaction.Commit();
        return result;
    }
}
