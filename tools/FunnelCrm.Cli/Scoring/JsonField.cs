namespace FunnelCrm.Cli.Scoring;

/// <summary>A field of a JSON object: its shape and whether it must be there.</summary>
public sealed class JsonField
{
    /// <summary>A field.</summary>
    public JsonField(JsonShape shape, bool required)
    {
        Shape = shape;
        Required = required;
    }

    /// <summary>What its value must look like.</summary>
    public JsonShape Shape { get; }

    /// <summary>Whether the object must have it.</summary>
    public bool Required { get; }
}
