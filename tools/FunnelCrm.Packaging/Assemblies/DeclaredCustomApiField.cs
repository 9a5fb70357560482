using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A [CustomApiParameter] or [CustomApiResponse] declaration.</summary>
public sealed class DeclaredCustomApiField
{
    /// <summary>A parameter or property declaration.</summary>
    public DeclaredCustomApiField(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    /// <summary>The name in requests or responses.</summary>
    public string UniqueName { get; }

    /// <summary>The type.</summary>
    public CustomApiFieldType Type { get; }

    /// <summary>Whether callers may leave it out (parameters only).</summary>
    public bool IsOptional { get; set; }

    /// <summary>The table of an Entity or EntityReference.</summary>
    public string Table { get; set; } = "";

    /// <summary>English and German display names and descriptions.</summary>
    public DeclaredLabels Labels { get; } = new DeclaredLabels();
}
