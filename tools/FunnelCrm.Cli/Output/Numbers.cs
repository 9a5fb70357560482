using System;
using System.Globalization;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Output;

/// <summary>How figures are printed in tables and HTML pages: in the user's culture (5,000 and 95.7 % invariant; 5.000 and 95,7 % de-DE), a dash for undefined.</summary>
public sealed class Numbers
{
    private readonly NumberFormatInfo format;

    /// <summary>Figures in <paramref name="culture"/>.</summary>
    public Numbers(UserCulture culture)
    {
        format = culture.Format;
    }

    /// <summary>Figures in the invariant culture.</summary>
    public static Numbers Invariant { get; } = new Numbers(UserCulture.Invariant);

    /// <summary>A share as a percentage with one decimal, or "-".</summary>
    public string Percent(double? share) => share == null ? "-" : (share.Value * 100).ToString("0.0", format) + " %";

    /// <summary>Days with one decimal, or "-".</summary>
    public string Days(double? days) => days == null ? "-" : days.Value.ToString("0.0", format);

    /// <summary>A whole number, grouped in thousands.</summary>
    public string Count(long value) => value.ToString("N0", format);

    /// <summary>A count that may exceed what a long holds (a planned volume), grouped in thousands.</summary>
    public string Count(double value) => value.ToString("N0", format);

    /// <summary>Points with one decimal.</summary>
    public string Points(double points) => points.ToString("0.0", format);

    /// <summary>A figure with one decimal and its sign (+3.1, -0.4, 0.0).</summary>
    public string SignedOneDecimal(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0.0.ToString("0.0", format) : (rounded > 0 ? "+" : "") + rounded.ToString("0.0", format);
    }

    /// <summary>A figure with two decimals.</summary>
    public string TwoDecimals(double value) => value.ToString("0.00", format);

    /// <summary>A figure with up to two decimals (100, 2.5).</summary>
    public string Plain(double value) => value.ToString("0.##", format);

    /// <summary>Rule points as a model shows them: sign, up to two decimals (+100, -2.5).</summary>
    public string SignedPoints(double points) => (points > 0 ? "+" : "") + points.ToString("0.##", format);
}
