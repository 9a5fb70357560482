using System.Collections.Generic;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A public, non-abstract plugin or workflow activity class of a built assembly, with its declarations.</summary>
public sealed class RegistrableType
{
    /// <summary>A registrable class.</summary>
    public RegistrableType(string fullName, RegistrableKind kind, IReadOnlyList<DeclaredStep> steps, IReadOnlyList<DeclaredImage> images, DeclaredActivity? activity, DeclaredCustomApi? customApi = null)
    {
        CustomApi = customApi;
        FullName = fullName;
        Kind = kind;
        Steps = steps;
        Images = images;
        Activity = activity;
    }

    /// <summary>The full type name (nested types joined with '+').</summary>
    public string FullName { get; }

    /// <summary>Plugin or workflow activity.</summary>
    public RegistrableKind Kind { get; }

    /// <summary>The declared steps.</summary>
    public IReadOnlyList<DeclaredStep> Steps { get; }

    /// <summary>The declared images.</summary>
    public IReadOnlyList<DeclaredImage> Images { get; }

    /// <summary>The workflow activity declaration, if any.</summary>
    public DeclaredActivity? Activity { get; }

    /// <summary>The custom API whose main operation the class implements, if any.</summary>
    public DeclaredCustomApi? CustomApi { get; }
}
