using System.Collections.Generic;

namespace FunnelCrm.Packaging;

/// <summary>The outcome of a pack: the zip written, or every failure (and nothing written).</summary>
public sealed class PackResult
{
    /// <summary>An outcome.</summary>
    public PackResult(string? zipPath, IReadOnlyList<PackFailure> failures)
    {
        ZipPath = zipPath;
        Failures = failures;
    }

    /// <summary>The zip written, or null when refused.</summary>
    public string? ZipPath { get; }

    /// <summary>Why the pack was refused (empty when it succeeded).</summary>
    public IReadOnlyList<PackFailure> Failures { get; }

    /// <summary>Whether the zip was written.</summary>
    public bool Succeeded => ZipPath != null;
}
