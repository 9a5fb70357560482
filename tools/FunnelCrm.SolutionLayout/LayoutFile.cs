namespace FunnelCrm.SolutionLayout;

/// <summary>One file of the layout: its path relative to the layout's root and its bytes.</summary>
public sealed class LayoutFile
{
    /// <summary>A file.</summary>
    public LayoutFile(string path, byte[] content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>The path, forward slashes.</summary>
    public string Path { get; }

    /// <summary>The bytes.</summary>
    public byte[] Content { get; }
}
