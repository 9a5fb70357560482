using System.Collections.Generic;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A [CustomApi] declaration with its [CustomApiParameter] and [CustomApiResponse] declarations, as the built assembly carries them.</summary>
public sealed class DeclaredCustomApi
{
    /// <summary>A custom API declaration.</summary>
    public DeclaredCustomApi(string uniqueName)
    {
        UniqueName = uniqueName;
    }

    /// <summary>The message name.</summary>
    public string UniqueName { get; }

    /// <summary>English and German display names and descriptions.</summary>
    public DeclaredLabels Labels { get; } = new DeclaredLabels();

    /// <summary>The binding.</summary>
    public CustomApiBinding Binding { get; set; } = CustomApiBinding.Global;

    /// <summary>The bound table.</summary>
    public string BoundTable { get; set; } = "";

    /// <summary>Whether it is a function.</summary>
    public bool IsFunction { get; set; }

    /// <summary>Whether it is private.</summary>
    public bool IsPrivate { get; set; }

    /// <summary>The privilege callers need.</summary>
    public string ExecutePrivilegeName { get; set; } = "";

    /// <summary>Which steps others may register.</summary>
    public CustomProcessingStepType AllowedCustomProcessingStepType { get; set; } = CustomProcessingStepType.None;

    /// <summary>The request parameters.</summary>
    public List<DeclaredCustomApiField> Parameters { get; } = new List<DeclaredCustomApiField>();

    /// <summary>The response properties.</summary>
    public List<DeclaredCustomApiField> Responses { get; } = new List<DeclaredCustomApiField>();
}
