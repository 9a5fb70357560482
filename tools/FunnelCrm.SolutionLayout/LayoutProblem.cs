namespace FunnelCrm.SolutionLayout;

/// <summary>Something in the layout the reader cannot assemble: the file (and line, 0 when none) and what is wrong.</summary>
public sealed class LayoutProblem
{
    /// <summary>A problem.</summary>
    public LayoutProblem(string path, int line, string problem)
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file, relative to the layout's root.</summary>
    public string Path { get; }

    /// <summary>The line in the file, or 0.</summary>
    public int Line { get; }

    /// <summary>What is wrong, as one sentence.</summary>
    public string Problem { get; }

    /// <summary>"Entities/Lead/Entity.xml line 12" or just the path.</summary>
    public string Where => Line > 0 ? Path + " line " + Line : Path;

    /// <inheritdoc />
    public override string ToString() => Where + ": " + Problem;
}
