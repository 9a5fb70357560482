namespace FunnelCrm.Packaging.Assemblies;

/// <summary>The display name and description of a declared component in English (1033) and German (1031).</summary>
public sealed class DeclaredLabels
{
    /// <summary>English display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>German display name.</summary>
    public string GermanDisplayName { get; set; } = "";

    /// <summary>English description.</summary>
    public string Description { get; set; } = "";

    /// <summary>German description.</summary>
    public string GermanDescription { get; set; } = "";

    /// <summary>Takes a named argument that is one of the four labels; false for any other name.</summary>
    public bool Take(string name, object? value)
    {
        var text = value as string ?? "";
        switch (name)
        {
            case nameof(DisplayName):
                DisplayName = text;
                return true;
            case nameof(GermanDisplayName):
                GermanDisplayName = text;
                return true;
            case nameof(Description):
                Description = text;
                return true;
            case nameof(GermanDescription):
                GermanDescription = text;
                return true;
            default:
                return false;
        }
    }
}
