using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Json;

/// <summary>Writes SDK values as Web API JSON: ids and text as strings, numbers, dates as ISO 8601 UTC, choices as numbers.</summary>
public static class JsonValues
{
    /// <summary>A date as Dataverse prints it: <c>2016-09-28T22:57:53Z</c>.</summary>
    public static string Date(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes a plain value (not a lookup, entity or collection); null as JSON null.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case Guid id:
                writer.WriteStringValue(id.ToString("D"));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateTime date:
                writer.WriteStringValue(Date(date));
                break;
            case Money money:
                writer.WriteNumberValue(money.Value);
                break;
            case OptionSetValue option:
                writer.WriteNumberValue(option.Value);
                break;
            case OptionSetValueCollection options:
                writer.WriteStringValue(string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))));
                break;
            case EntityReference reference:
                writer.WriteStringValue(reference.Id.ToString("D"));
                break;
            case Enum option:
                writer.WriteNumberValue(Convert.ToInt32(option, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
