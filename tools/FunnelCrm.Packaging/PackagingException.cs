using System;
using System.Collections.Generic;

namespace FunnelCrm.Packaging;

/// <summary>The packer refuses: each problem names the component and what is wrong. Nothing was written.</summary>
public sealed class PackagingException : Exception
{
    /// <summary>One problem.</summary>
    public PackagingException(string problem)
        : this(new[] { problem })
    {
    }

    /// <summary>Several problems.</summary>
    public PackagingException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
