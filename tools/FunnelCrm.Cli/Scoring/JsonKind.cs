namespace FunnelCrm.Cli.Scoring;

/// <summary>The kinds of JSON value a shape allows.</summary>
public enum JsonKind
{
    /// <summary>An object with named fields.</summary>
    Object,

    /// <summary>A list.</summary>
    List,

    /// <summary>Text in quotes.</summary>
    Text,

    /// <summary>A finite number.</summary>
    Number,

    /// <summary>A whole number that fits 32 bits.</summary>
    Whole,

    /// <summary>true or false.</summary>
    YesNo,
}
