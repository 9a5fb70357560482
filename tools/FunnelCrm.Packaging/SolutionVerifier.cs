using System.Collections.Generic;

namespace FunnelCrm.Packaging;

/// <summary>
/// <c>funnelcrm verify</c>: every disagreement between Solution/, the registration declarations in code and the built
/// assemblies, and every check the packer runs, without writing anything.
/// </summary>
public static class SolutionVerifier
{
    /// <summary>Every failure; empty when the package would be written.</summary>
    public static IReadOnlyList<PackFailure> Verify(PackOptions options) => PackageBuilder.Build(options).Failures;
}
