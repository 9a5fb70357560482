using System;
using System.Globalization;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.Query.FetchXml;

/// <summary>
/// Converts a FetchXML condition value (text) to the column's type, as Dataverse converts it before it queries; a value
/// that does not convert fails with Dataverse's wording ("... trying to convert input value 'x' to attribute 'lead.fcm_stage'...").
/// Dates without an offset are read as UTC (every user's time zone is UTC in the emulator).
/// </summary>
internal static class FetchValues
{
    public static object Convert(string text, string table, ColumnMetadata column)
    {
        var expected = ExpectedType(column.Type);
        try
        {
            return column.Type switch
            {
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist =>
                    int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.Decimal or ColumnType.Money => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Boolean => text.Trim() switch
                {
                    "1" or "true" => true,
                    "0" or "false" => false,
                    _ => throw new FormatException("String '" + text + "' was not recognized as a valid Boolean."),
                },
                ColumnType.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Guid.Parse(text),
                _ => text,
            };
        }
        catch (Exception failure) when (failure is FormatException or OverflowException)
        {
            throw Faults.Create(ErrorCodes.InvalidQueryValue,
                $"An exception {failure.GetType().FullName} was thrown while trying to convert input value '{text}' to attribute '{table}.{column.LogicalName}'. "
                + $"Expected type of attribute value: {expected}. Exception raised: {failure.Message}");
        }
    }

    private static string ExpectedType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => typeof(int).FullName!,
        ColumnType.BigInt => typeof(long).FullName!,
        ColumnType.Decimal or ColumnType.Money => typeof(decimal).FullName!,
        ColumnType.Double => typeof(double).FullName!,
        ColumnType.Boolean => typeof(bool).FullName!,
        ColumnType.DateTime => typeof(DateTime).FullName!,
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => typeof(Guid).FullName!,
        _ => typeof(string).FullName!,
    };
}
