using System.Globalization;

namespace FunnelCrm.Cli.Output;

/// <summary>How figures are printed: invariant culture, a dash for undefined.</summary>
public static class Numbers
{
    /// <summary>A share as a percentage with one decimal, or "-".</summary>
    public static string Percent(double? share) => share == null ? "-" : (share.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>Days with one decimal, or "-".</summary>
    public static string Days(double? days) => days == null ? "-" : days.Value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
