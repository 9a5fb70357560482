using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Json;

/// <summary>
/// Reads a request body into an SDK Entity: columns by their logical names with JSON values of the column's type,
/// lookups set with <c>{navigation}@odata.bind</c> to a record URL (<c>/contacts(id)</c>, <c>contacts(id)</c>, a full
/// URL, an alternate key, or <c>$1</c> inside a change set); instance annotations other than bind are ignored.
/// Unknown properties and mistyped values are refused with the OData layer's messages.
/// </summary>
public sealed class RecordReader
{
    private const string Bind = "@odata.bind";

    private readonly ApiModel model;
    private readonly Func<string, EntityReference> resolve;

    /// <summary>A reader; <paramref name="resolve"/> turns a bound URL into a reference to an existing row.</summary>
    public RecordReader(ApiModel model, Func<string, EntityReference> resolve)
    {
        this.model = model;
        this.resolve = resolve;
    }

    /// <summary>The entity the JSON object describes.</summary>
    public Entity Read(TableMetadata table, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw WebApiException.BadRequest("The request body must be a JSON object.");
        }
        var entity = new Entity(table.LogicalName);
        foreach (var property in body.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(Bind, StringComparison.Ordinal))
            {
                ReadBind(table, entity, name.Substring(0, name.Length - Bind.Length), property.Value);
                continue;
            }
            if (name.StartsWith('@') || name.Contains('@'))
            {
                continue;
            }
            var column = ApiModel.ColumnOfProperty(table, name);
            if (column == null || ApiModel.IsLookup(column))
            {
                if (model.Navigation(table, name) != null)
                {
                    throw WebApiException.NotImplemented($"deep insert through the navigation property '{name}'");
                }
                throw WebApiException.BadRequest(
                    $"The property '{name}' does not exist on type '{ApiModel.Namespace}.{table.LogicalName}'. Make sure to only use property names that are defined by the type.");
            }
            entity[column.LogicalName] = Value(column, property.Value);
        }
        return entity;
    }

    private void ReadBind(TableMetadata table, Entity entity, string navigationName, JsonElement value)
    {
        var navigation = model.Navigation(table, navigationName) ?? throw WebApiException.BadRequest(
            $"An undeclared property '{navigationName}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");
        if (value.ValueKind == JsonValueKind.Null)
        {
            entity[navigation.Column] = null;
            return;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            throw WebApiException.NotImplemented($"binding the collection-valued navigation property '{navigationName}'");
        }
        var reference = resolve(value.GetString()!);
        var ownerTargets = navigation.Column == "ownerid" ? new[] { "systemuser", "team" } : new[] { navigation.TargetTable };
        if (!ownerTargets.Contains(reference.LogicalName))
        {
            throw WebApiException.BadRequest(
                $"A navigation property '{navigationName}' of type '{ApiModel.Namespace}.{navigation.TargetTable}' cannot be bound to a '{ApiModel.Namespace}.{reference.LogicalName}' record.");
        }
        entity[navigation.Column] = reference;
    }

    /// <summary>The SDK value of a JSON value for the column.</summary>
    public static object? Value(ColumnMetadata column, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo or ColumnType.EntityName => Text(value, "Edm.String"),
                ColumnType.Integer => int.Parse(Number(value), NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(Number(value), NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.Decimal => decimal.Parse(Number(value), NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Money => new Money(decimal.Parse(Number(value), NumberStyles.Float, CultureInfo.InvariantCulture)),
                ColumnType.Double => double.Parse(Number(value), NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Mistyped(value, "Edm.Boolean"),
                ColumnType.DateTime => DateTimeOffset.Parse(Text(value, "Edm.DateTimeOffset"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(int.Parse(Number(value), NumberStyles.Integer, CultureInfo.InvariantCulture)),
                ColumnType.MultiSelectPicklist => new OptionSetValueCollection(Text(value, "Edm.String")
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(v => new OptionSetValue(int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))).ToList()),
                ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Guid.Parse(Text(value, "Edm.Guid")),
                _ => throw WebApiException.NotImplemented($"writing the column '{column.LogicalName}'"),
            };
        }
        catch (FormatException)
        {
            throw Mistyped(value, EdmType(column.Type));
        }
        catch (OverflowException)
        {
            throw Mistyped(value, EdmType(column.Type));
        }
    }

    private static string Text(JsonElement value, string edmType) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Mistyped(value, edmType);

    /// <summary>A number, or a string holding one (the Web API docs send <c>"numberofemployees":"200"</c>).</summary>
    private static string Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString()!,
        _ => throw new FormatException(),
    };

    private static WebApiException Mistyped(JsonElement value, string edmType) =>
        WebApiException.BadRequest($"Cannot convert the literal '{value.GetRawText().Trim('"')}' to the expected type '{edmType}'.");

    private static string EdmType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => "Edm.Int32",
        ColumnType.BigInt => "Edm.Int64",
        ColumnType.Decimal or ColumnType.Money => "Edm.Decimal",
        ColumnType.Double => "Edm.Double",
        ColumnType.Boolean => "Edm.Boolean",
        ColumnType.DateTime => "Edm.DateTimeOffset",
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => "Edm.Guid",
        _ => "Edm.String",
    };
}
