using System;
using System.Globalization;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Data;

/// <summary>
/// The formatted value Dataverse returns beside a value, as a user with the default settings sees it (English, United
/// States; time zone UTC): a choice's, state's or status's label, Yes/No, a lookup's primary name, money with the base
/// currency's symbol, whole numbers with group separators, decimals with two places, dates as <c>4/7/2023 2:59 PM</c>.
/// Text and ids have none.
/// </summary>
internal sealed class ValueFormatter
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");
    private readonly Func<EntityReference, string?> nameOf;
    private readonly string currencySymbol;

    public ValueFormatter(Func<EntityReference, string?> nameOf, string currencySymbol)
    {
        this.nameOf = nameOf;
        this.currencySymbol = currencySymbol;
    }

    /// <summary>The formatted value of <paramref name="value"/> of <paramref name="column"/> (null: the value has none).</summary>
    public string? Format(ColumnMetadata? column, object? value) => value switch
    {
        OptionSetValue option => column?.OptionLabel(option.Value),
        OptionSetValueCollection options when column != null && options.All(o => column.OptionLabel(o.Value) != null) =>
            string.Join("; ", options.Select(o => column.OptionLabel(o.Value))),
        EntityReference reference => nameOf(reference),
        Money money => currencySymbol + money.Value.ToString("N2", UnitedStates),
        bool flag => flag ? "Yes" : "No",
        int number => number.ToString("N0", UnitedStates),
        long number => number.ToString("N0", UnitedStates),
        decimal number => number.ToString("N2", UnitedStates),
        double number => number.ToString("N2", UnitedStates),
        DateTime date => date.ToString("M/d/yyyy h:mm tt", UnitedStates),
        _ => null,
    };

    /// <summary>Adds the formatted value of every attribute of <paramref name="entity"/> that has one (aliased values by their key).</summary>
    public void Fill(Entity entity, Func<string, ColumnMetadata?> columnOf)
    {
        foreach (var pair in entity.Attributes)
        {
            var value = pair.Value is AliasedValue aliased ? aliased.Value : pair.Value;
            if (Format(columnOf(pair.Key), value) is { } text)
            {
                entity.FormattedValues[pair.Key] = text;
            }
        }
    }
}
