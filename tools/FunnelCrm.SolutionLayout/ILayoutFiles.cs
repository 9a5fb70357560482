using System.Collections.Generic;
using System.IO;

namespace FunnelCrm.SolutionLayout;

/// <summary>The files of an unpacked solution: paths relative to its root with forward slashes, and their bytes.</summary>
public interface ILayoutFiles
{
    /// <summary>Every file, e.g. "Other/Solution.xml", "Entities/Lead/Entity.xml".</summary>
    IReadOnlyList<string> Paths { get; }

    /// <summary>Where the files are, as a person finds them (a folder, an assembly's resources).</summary>
    string Origin { get; }

    /// <summary>Opens one of <see cref="Paths"/> for reading.</summary>
    Stream Open(string path);
}
