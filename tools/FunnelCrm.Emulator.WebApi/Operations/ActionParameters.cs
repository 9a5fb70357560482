using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// An action's JSON parameters as the organization request's parameters: an object with <c>@odata.type</c> is an
/// Entity, one with <c>@odata.id</c> an EntityReference, an array of entities an EntityCollection, whole numbers
/// are ints, other numbers decimals; the few parameters the SDK types as OptionSetValue (a closing message's Status)
/// become one.
/// </summary>
public static class ActionParameters
{
    private static readonly HashSet<(string Message, string Parameter)> Choices = new()
    {
        ("QualifyLead", "Status"), ("WinOpportunity", "Status"), ("LoseOpportunity", "Status"),
    };

    /// <summary>Fills <paramref name="request"/> from the body's properties.</summary>
    public static void Read(ApiRequest api, OrganizationRequest request, JsonElement body)
    {
        foreach (var property in body.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var value = Value(api, property.Value);
            request[property.Name] = Choices.Contains((request.RequestName, property.Name)) && value is int choice ? new OptionSetValue(choice) : value;
        }
    }

    /// <summary>The SDK value of one JSON parameter value.</summary>
    public static object? Value(ApiRequest api, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt32(out var whole) ? whole : value.GetDecimal(),
        JsonValueKind.Object when value.TryGetProperty("@odata.type", out _) => Entity(api, value),
        JsonValueKind.Object when value.TryGetProperty("@odata.id", out var id) => api.Resolve(id.GetString() ?? ""),
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object) =>
            new EntityCollection(value.EnumerateArray().Select(e => Entity(api, e)).ToList()),
        JsonValueKind.Array => value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
        _ => throw WebApiException.BadRequest($"The parameter value {value.GetRawText()} is not one the emulator's Web API can read."),
    };

    /// <summary>An entity parameter: its table from <c>@odata.type</c> (<c>Microsoft.Dynamics.CRM.account</c>, with or without #).</summary>
    public static Entity Entity(ApiRequest api, JsonElement value)
    {
        var type = value.TryGetProperty("@odata.type", out var named) ? named.GetString() ?? "" : "";
        var prefix = ApiModel.Namespace + ".";
        var logicalName = type.TrimStart('#');
        if (!logicalName.StartsWith(prefix, StringComparison.Ordinal) || api.Model.Table(logicalName.Substring(prefix.Length)) is not { } table)
        {
            throw WebApiException.BadRequest($"The entity parameter's @odata.type '{type}' does not name a table: set \"@odata.type\": \"{prefix}<logical name>\".");
        }
        var entity = api.Reader.Read(table, value);
        if (entity.Contains(table.PrimaryIdColumn) && entity[table.PrimaryIdColumn] is Guid id)
        {
            entity.Id = id;
        }
        return entity;
    }
}
