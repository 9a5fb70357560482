using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.CustomApis;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// A custom API's parameters as the Web API carries them, read into the SDK types its definition declares: an action's
/// from the JSON body, a function's from the call's parentheses (<c>Name=value</c>, or <c>Name=@alias</c> with the alias in
/// the query string). A Picklist is a number, a DateTime an ISO 8601 string, a Guid a string, a StringArray an array;
/// an EntityReference an object with <c>@odata.id</c> (or <c>@odata.type</c> and the key). Names the definition lacks pass
/// through as they are, so the organization refuses them in its own words.
/// </summary>
public static class CustomApiParameters
{
    /// <summary>Fills <paramref name="request"/> from an action's JSON body.</summary>
    public static void FromBody(ApiRequest api, CustomApiRegistration definition, OrganizationRequest request, JsonElement body)
    {
        foreach (var property in body.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var field = definition.RequestParameters.FirstOrDefault(p => p.UniqueName == property.Name);
            request[property.Name] = field == null ? ActionParameters.Value(api, property.Value) : Typed(api, field, property.Value);
        }
    }

    /// <summary>Fills <paramref name="request"/> from a function call's arguments.</summary>
    public static void FromArguments(ApiRequest api, CustomApiRegistration definition, OrganizationRequest request, string arguments)
    {
        foreach (var pair in arguments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the function argument '{pair}' is not Name=value.");
            }

            var name = pair.Substring(0, equals).Trim();
            var text = pair.Substring(equals + 1).Trim();
            if (text.StartsWith('@'))
            {
                text = api.Http.Request.Query[text].ToString();
            }

            using var json = JsonDocument.Parse(text.StartsWith('\'') && text.EndsWith('\'') && text.Length >= 2
                ? JsonSerializer.Serialize(text.Substring(1, text.Length - 2).Replace("''", "'"))
                : text);
            var field = definition.RequestParameters.FirstOrDefault(p => p.UniqueName == name);
            request[name] = field == null ? ActionParameters.Value(api, json.RootElement) : Typed(api, field, json.RootElement);
        }
    }

    private static object? Typed(ApiRequest api, CustomApiField field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return field.Type switch
            {
                CustomApiFieldType.Boolean => value.GetBoolean(),
                CustomApiFieldType.DateTime => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                CustomApiFieldType.Decimal => value.GetDecimal(),
                CustomApiFieldType.Float => value.GetDouble(),
                CustomApiFieldType.Integer => value.GetInt32(),
                CustomApiFieldType.Money => new Money(value.GetDecimal()),
                CustomApiFieldType.Picklist => new OptionSetValue(value.GetInt32()),
                CustomApiFieldType.String => value.GetString(),
                CustomApiFieldType.StringArray => value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
                CustomApiFieldType.Guid => Guid.Parse(value.GetString()!),
                CustomApiFieldType.EntityReference when value.TryGetProperty("@odata.id", out var id) => api.Resolve(id.GetString() ?? ""),
                CustomApiFieldType.EntityReference => ActionParameters.Entity(api, value).ToEntityReference(),
                _ => ActionParameters.Value(api, value),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            throw WebApiException.BadRequest($"The parameter '{field.UniqueName}' takes a {field.Type}; {value.GetRawText()} is not one.");
        }
    }
}
