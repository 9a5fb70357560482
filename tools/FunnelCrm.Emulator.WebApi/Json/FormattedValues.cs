using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Json;

/// <summary>
/// The <c>OData.Community.Display.V1.FormattedValue</c> of a value, as a user with Dataverse's default settings
/// (English, United States; time zone UTC) sees it: a lookup's primary name, money with its currency symbol, numbers
/// with group separators, dates as <c>4/7/2023 2:59 PM</c>, yes/no. Choice labels are not in the emulator's metadata,
/// so choices have no formatted value.
/// </summary>
public sealed class FormattedValues
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");
    private readonly Func<EntityReference, string?> nameOf;
    private readonly string currencySymbol;

    /// <summary>Formats with <paramref name="nameOf"/> reading a referenced row's primary name.</summary>
    public FormattedValues(Func<EntityReference, string?> nameOf, string currencySymbol)
    {
        this.nameOf = nameOf;
        this.currencySymbol = currencySymbol;
    }

    /// <summary>The formatted value, or null when the value has none.</summary>
    public string? Of(object value) => value switch
    {
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
}
