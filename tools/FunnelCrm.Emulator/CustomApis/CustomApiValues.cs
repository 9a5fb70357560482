using System;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>The SDK value types of the custom API field types, as the organization service carries them.</summary>
public static class CustomApiValues
{
    /// <summary>The .NET type a request or response carries for <paramref name="type"/>.</summary>
    public static Type ClrType(CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => typeof(bool),
        CustomApiFieldType.DateTime => typeof(DateTime),
        CustomApiFieldType.Decimal => typeof(decimal),
        CustomApiFieldType.Entity => typeof(Entity),
        CustomApiFieldType.EntityCollection => typeof(EntityCollection),
        CustomApiFieldType.EntityReference => typeof(EntityReference),
        CustomApiFieldType.Float => typeof(double),
        CustomApiFieldType.Integer => typeof(int),
        CustomApiFieldType.Money => typeof(Money),
        CustomApiFieldType.Picklist => typeof(OptionSetValue),
        CustomApiFieldType.String => typeof(string),
        CustomApiFieldType.StringArray => typeof(string[]),
        _ => typeof(Guid),
    };

    /// <summary>Whether <paramref name="value"/> (not null) is a value of <paramref name="field"/>'s type and table.</summary>
    public static bool Fits(CustomApiField field, object value) =>
        ClrType(field.Type).IsInstanceOfType(value)
        && (field.Table.Length == 0 || value switch
        {
            EntityReference reference => string.Equals(reference.LogicalName, field.Table, StringComparison.OrdinalIgnoreCase),
            Entity entity => string.Equals(entity.LogicalName, field.Table, StringComparison.OrdinalIgnoreCase),
            _ => true,
        });

    /// <summary>What a response property holds when the main operation leaves it unset: the type's default.</summary>
    public static object? Default(CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => false,
        CustomApiFieldType.Decimal => 0m,
        CustomApiFieldType.Float => 0d,
        CustomApiFieldType.Integer => 0,
        _ => null,
    };

    /// <summary>The type's name as a sentence shows it ("Picklist (OptionSetValue)").</summary>
    public static string Describe(CustomApiFieldType type) => type + " (" + ClrType(type).Name + ")";
}
