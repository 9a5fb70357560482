namespace FunnelCrm.Cli.Formats;

/// <summary>What reading a date gave.</summary>
public enum DateReading
{
    /// <summary>A date in the years FunnelCrm accepts.</summary>
    Read,

    /// <summary>Not a date in any accepted form.</summary>
    NotADate,

    /// <summary>A date, but outside the years 1900 to 2200.</summary>
    OutOfRange,
}
